import LegalCalendar

/// Ties the bodies a task names to the administrator's directory: each
/// mention gets the unit valid on the document's date and, when that unit
/// has since been replaced, the one holding its work now. The task's lead
/// and support lists then read the directory's names for the units the
/// document assigned (the current holder is on the mention, so a reviewer
/// sees both "UBND huyện X" and "nay là UBND xã Y").
struct UnitLinker {
    let directory: UnitDirectory
    let documentDate: CivilDate?
    let asOf: CivilDate?

    func link(_ task: ExtractedTask) -> ExtractedTask {
        var task = task
        for k in task.units.indices where !task.units[k].isGroup {
            guard let found = directory.resolve(task.units[k].name, documentDate: documentDate, asOf: asOf) else { continue }
            task.units[k].unitId = found.named.id
            task.units[k].canonicalName = found.named.name
            if found.isHandedOver {
                task.units[k].currentUnitId = found.current.id
                task.units[k].currentName = found.current.name
            }
        }
        task.lead = names(task, .lead)
        task.support = names(task, .support)
        return task
    }

    /// The role's names in the order the document gives them, each unit once.
    private func names(_ task: ExtractedTask, _ role: UnitRole) -> [String] {
        var out: [String] = []
        for mention in task.units where mention.role == role {
            let name = mention.canonicalName ?? mention.name
            if !out.contains(name) { out.append(name) }
        }
        return out
    }
}
