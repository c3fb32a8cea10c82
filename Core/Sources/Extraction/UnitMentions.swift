import DocumentReader

extension AssignmentReader {
    /// The bodies of a task as the JSON reports them: each named once (a lead
    /// is not repeated as support), as the document writes them. UnitLinker
    /// ties them to the directory afterwards.
    func unitMentions(lead: [UnitName], support: [UnitName], mentioned: [UnitName]) -> (units: [UnitMention], lead: [String], support: [String]) {
        var units: [UnitMention] = []
        var used = Set<[UInt64]>()
        func mention(_ n: UnitName, _ role: UnitRole) -> UnitMention {
            let name = displayName(n)
            let span = TextSpan(start: t[n.mentionStart].start, end: t[n.tokens.upperBound - 1].end)
            return UnitMention(name: name, role: role, isGroup: n.isGeneric, span: span)
        }
        /// The names of one role, each body once across both roles (lead first).
        func assigned(_ names: [UnitName], _ role: UnitRole) -> [String] {
            var written: [String] = []
            for n in names {
                let m = mention(n, role)
                guard used.insert(UnitDirectory.key(m.name)).inserted else { continue }
                written.append(m.name)
                units.append(m)
            }
            return written
        }
        let leadNames = assigned(lead, .lead)
        let supportNames = assigned(support, .support)
        for n in mentioned {
            let m = mention(n, .mentioned)
            if units.contains(where: { $0.span == m.span }) { continue }
            units.append(m)
        }
        return (units, leadNames, supportNames)
    }
}
