import DocumentReader

extension AssignmentReader {
    /// The bodies of a task as the JSON reports them: each named once (a lead
    /// is not repeated as support), as the document writes them. UnitLinker
    /// ties them to the directory afterwards.
    func unitMentions(lead: [UnitName], support: [UnitName], mentioned: [UnitName]) -> (units: [UnitMention], lead: [String], support: [String]) {
        var units: [UnitMention] = []
        var leadNames: [String] = [], supportNames: [String] = []
        var used = Set<[UInt64]>()
        func mention(_ n: UnitName, _ role: UnitRole) -> UnitMention {
            let name = displayName(n)
            let span = TextSpan(start: t[n.mentionStart].start, end: t[n.tokens.upperBound - 1].end)
            return UnitMention(name: name, role: role, isGroup: n.isGeneric, span: span)
        }
        for n in lead {
            let m = mention(n, .lead)
            let key = UnitDirectory.key(m.name)
            guard !used.contains(key) else { continue }
            used.insert(key)
            leadNames.append(m.name)
            units.append(m)
        }
        for n in support {
            let m = mention(n, .support)
            let key = UnitDirectory.key(m.name)
            guard !used.contains(key) else { continue }
            used.insert(key)
            supportNames.append(m.name)
            units.append(m)
        }
        for n in mentioned {
            let m = mention(n, .mentioned)
            if units.contains(where: { $0.span == m.span }) { continue }
            units.append(m)
        }
        return (units, leadNames, supportNames)
    }
}
