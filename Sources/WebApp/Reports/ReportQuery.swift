import Foundation
import LegalCalendar
import Reports
import Tracking
import Vapor

/// What a report page, download or API call asks for, read from the query
/// string: the window (`period` + `basis`, or `from` + `to`) and the subject
/// (`unit`, `leader` or `document`). Kept as given so links can repeat it.
struct ReportQuery: Content {
    var period: String?
    var basis: String?
    var from: String?
    var to: String?
    var unit: UUID?
    var leader: UUID?
    var document: UUID?

    static func read(_ request: Request) -> ReportQuery {
        ReportQuery(period: nonEmpty(try? request.query.get(String.self, at: "period")),
                    basis: nonEmpty(try? request.query.get(String.self, at: "basis")),
                    from: nonEmpty(try? request.query.get(String.self, at: "from")),
                    to: nonEmpty(try? request.query.get(String.self, at: "to")),
                    unit: try? request.query.get(UUID.self, at: "unit"),
                    leader: try? request.query.get(UUID.self, at: "leader"),
                    document: try? request.query.get(UUID.self, at: "document"))
    }

    func window(today: CivilDate) throws -> ReportWindow {
        try ReportWindows.parse(period: period, basis: basis, from: from, to: to, today: today)
    }

    var subject: ReportSubject {
        if let unit { return .unit(unit) }
        if let leader { return .leader(leader) }
        if let document { return .document(document) }
        return .all
    }

    /// The query string that asks for the same report ("period=2024-03&unit=…").
    var queryString: String {
        let pairs: [(String, String?)] = [("period", period), ("basis", basis), ("from", from), ("to", to),
                                          ("unit", unit?.uuidString), ("leader", leader?.uuidString),
                                          ("document", document?.uuidString)]
        return pairs.compactMap { name, value in
            value.map { name + "=" + ($0.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? $0) }
        }.joined(separator: "&")
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        return s
    }
}

extension CharacterSet {
    static let urlQueryValueAllowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.remove(charactersIn: "&=+")
        return set
    }()
}
