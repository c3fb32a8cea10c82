import LegalCalendar

/// What a name in a document stands for once the directory's history is
/// known: the unit it named on the document's day, and the unit that holds
/// that work now, after mergers and the abolition of districts (sáp nhập,
/// giải thể). They are the same unit unless it has since been replaced.
public struct UnitResolution: Sendable, Hashable {
    /// The unit valid on the document's date under that name.
    public let named: UnitEntry
    /// Every unit the work passed through after `named`, the last one holding it now.
    public let successors: [UnitEntry]

    /// The unit that carries the work today.
    public var current: UnitEntry { successors.last ?? named }
    public var isHandedOver: Bool { !successors.isEmpty }

    /// "UBND huyện Gio Linh → nay là UBND xã Cửa Tùng" (intermediate units included).
    public var description: String {
        guard isHandedOver else { return named.name }
        let path = ([named] + successors.dropLast()).map(\.name).joined(separator: " → ")
        return path + Self.nowSeparator + current.name
    }

    static let nowSeparator = " → nay là "
}

extension UnitDirectory {
    /// The units that took over from `entry`, in order: a successor counts
    /// once its predecessor's last day (`validTo`) is before `asOf`, or at any
    /// time when `asOf` is nil (the directory as it stands). A chain that
    /// loops back or names an unknown unit stops there.
    public func successors(of entry: UnitEntry, asOf: CivilDate? = nil) -> [UnitEntry] {
        var chain: [UnitEntry] = []
        var seen: Set<String> = [entry.id]
        var at = entry
        while let next = at.successor, let end = at.validTo, asOf.map({ end < $0 }) ?? true,
              !seen.contains(next), let successor = self.entry(id: next) {
            chain.append(successor)
            seen.insert(next)
            at = successor
        }
        return chain
    }

    /// A name in a document dated `documentDate` (nil: unknown, the tracking
    /// day decides), followed to whoever holds its work on `asOf`.
    public func resolve(_ name: String, documentDate: CivilDate?, asOf: CivilDate?) -> UnitResolution? {
        guard let named = resolve(name, on: documentDate ?? asOf) else { return nil }
        return UnitResolution(named: named, successors: successors(of: named, asOf: asOf))
    }
}
