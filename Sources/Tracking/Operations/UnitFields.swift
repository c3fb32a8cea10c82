import Foundation
import LegalCalendar

/// Everything an administrator sets on a unit, as the create and edit forms send it.
public struct UnitFields: Codable, Sendable {
    public var code: String
    public var name: String
    public var parentID: UUID?
    public var validFrom: CivilDate?
    /// The unit's last day (hết hiệu lực sau ngày này); nil while it exists.
    public var validTo: CivilDate?
    /// The unit that took over its work (đơn vị kế thừa).
    public var successorID: UUID?

    public init(code: String, name: String, parentID: UUID? = nil, validFrom: CivilDate? = nil,
                validTo: CivilDate? = nil, successorID: UUID? = nil) {
        self.code = code
        self.name = name
        self.parentID = parentID
        self.validFrom = validFrom
        self.validTo = validTo
        self.successorID = successorID
    }
}

/// The rules a unit's place in the directory keeps: the parent tree and the
/// chains of successors have no loops (resolution and hand-over walk them),
/// and a unit ends after it begins. Judged on the links as they stand, with
/// the unit's own links replaced by the proposed ones.
struct UnitRules {
    struct Links { var parent: UUID?; var successor: UUID? }
    let links: [UUID: Links]
    let names: [UUID: String]

    init(_ units: [UnitRecord]) throws {
        var links: [UUID: Links] = [:], names: [UUID: String] = [:]
        for unit in units {
            let id = try unit.requireID()
            links[id] = Links(parent: unit.$parent.id, successor: unit.$successor.id)
            names[id] = unit.name
        }
        self.links = links
        self.names = names
    }

    /// Refuses fields that would break the directory, with the reason in Vietnamese.
    func check(_ fields: UnitFields, for id: UUID?) throws(TrackingError) {
        if fields.code.trimmingCharacters(in: .whitespaces).isEmpty || fields.name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw TrackingError(.invalid, "Đơn vị cần có mã và tên.")
        }
        if let from = fields.validFrom, let to = fields.validTo, to < from {
            throw TrackingError(.invalid, "Ngày hết hiệu lực (\(to.vietnamese)) không được trước ngày bắt đầu hiệu lực (\(from.vietnamese)).")
        }
        if let parent = fields.parentID {
            guard names[parent] != nil else { throw TrackingError.notFound("đơn vị cấp trên") }
            if parent == id { throw TrackingError(.invalid, "Đơn vị không thể là cấp trên của chính nó.") }
            if let id, reaches(id, from: parent, along: \.parent) {
                throw TrackingError(.invalid, "Không thể đặt \(names[parent]!) làm cấp trên: đơn vị này đang là cấp dưới của \(fields.name), sẽ tạo vòng lặp.")
            }
        }
        if let successor = fields.successorID {
            guard names[successor] != nil else { throw TrackingError.notFound("đơn vị kế thừa") }
            if successor == id { throw TrackingError(.invalid, "Đơn vị kế thừa không thể là chính đơn vị này.") }
            if let id, reaches(id, from: successor, along: \.successor) {
                throw TrackingError(.invalid, "Không thể chọn \(names[successor]!) làm đơn vị kế thừa: nó đã (trực tiếp hoặc qua đơn vị khác) chuyển giao cho \(fields.name), sẽ tạo vòng lặp kế thừa.")
            }
            if fields.validTo == nil {
                throw TrackingError(.invalid, "Đơn vị có đơn vị kế thừa phải có ngày hết hiệu lực.")
            }
        }
    }

    /// Whether following `link` from `start` arrives at `target` (a loop already
    /// in the data stops the walk instead of spinning).
    func reaches(_ target: UUID, from start: UUID, along link: KeyPath<Links, UUID?>) -> Bool {
        var seen: Set<UUID> = []
        var at: UUID? = start
        while let current = at, seen.insert(current).inserted {
            if current == target { return true }
            at = links[current]?[keyPath: link]
        }
        return false
    }
}

extension UnitRecord {
    var validFromDate: CivilDate? { validFrom.flatMap(CivilDate.init(iso:)) }
    var validToDate: CivilDate? { validTo.flatMap(CivilDate.init(iso:)) }

    /// Whether the two units existed on some same day: then they cannot share a name.
    func overlaps(_ other: UnitRecord) -> Bool {
        let startsBeforeOtherEnds = zip2(validFromDate, other.validToDate).map { $0 <= $1 } ?? true
        let otherStartsBeforeThisEnds = zip2(other.validFromDate, validToDate).map { $0 <= $1 } ?? true
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds
    }

    /// The name and every alias, folded for comparison.
    var foldedNames: Set<String> { Set(([name] + aliases).map(SearchFolding.fold)) }
}

private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
