import Foundation
import SQLKit
import TrackingRules

/// One line of the document register: the document's header and how its
/// tasks stand.
public struct DocumentListing: Codable, Sendable {
    public let id: UUID
    public let state: DocumentState
    public let docType: String?
    public let number: String?
    public let issuer: String?
    public let issuedOn: String?
    public let subject: String?
    public let fileName: String
    public let taskCount: Int
    public let doneCount: Int
    public let openCount: Int
    /// Open tasks whose official status is quá hạn on the day of the query.
    public var overdueCount: Int
}

/// The register's filters: a diacritic-free search over the text and a state.
public struct DocumentFilter: Sendable {
    public var query: String?
    public var state: DocumentState?
    public var limit = 100
    public var offset = 0

    public init(query: String? = nil, state: DocumentState? = nil) {
        self.query = query
        self.state = state
    }
}

extension TaskQueries {
    /// Documents newest first, each with its task counts. Counts come from
    /// one grouped query; the overdue count from the same classification the
    /// task list uses, so "3 quá hạn" here lists 3 tasks there.
    public func documents(_ filter: DocumentFilter) async throws -> [DocumentListing] {
        var conditions: [SQLQueryString] = ["1 = 1"]
        if let state = filter.state { conditions.append("d.state = \(bind: state.rawValue)") }
        if let query = filter.query {
            guard let match = textMatch(query, table: "documents", alias: "d") else { return [] }
            conditions.append(match)
        }
        let rows = try await sql.raw("""
            SELECT d.id, d.state, d.doc_type, d.number, d.issuer, d.issued_on, d.subject, d.file_name,
                   COUNT(t.id) AS task_count,
                   SUM(CASE WHEN t.workflow_state = 'da_hoan_thanh' THEN 1 ELSE 0 END) AS done_count,
                   SUM(CASE WHEN t.workflow_state NOT IN ('da_hoan_thanh', 'rut', 'tam_hoan') THEN 1 ELSE 0 END) AS open_count
            FROM documents d LEFT JOIN tasks t ON t.document_id = d.id
            WHERE \(conditions.joined(separator: " AND "))
            GROUP BY d.id, d.state, d.doc_type, d.number, d.issuer, d.issued_on, d.subject, d.file_name, d.created_at
            ORDER BY d.created_at DESC, d.id
            LIMIT \(literal: min(max(filter.limit, 1), 500)) OFFSET \(literal: max(filter.offset, 0))
            """).all()
        var listings = try rows.map { row in
            DocumentListing(
                id: try row.decode(column: "id", as: UUID.self),
                state: DocumentState(rawValue: try row.decode(column: "state", as: String.self)) ?? .draft,
                docType: try row.decode(column: "doc_type", as: String?.self),
                number: try row.decode(column: "number", as: String?.self),
                issuer: try row.decode(column: "issuer", as: String?.self),
                issuedOn: try row.decode(column: "issued_on", as: String?.self),
                subject: try row.decode(column: "subject", as: String?.self),
                fileName: try row.decode(column: "file_name", as: String.self),
                taskCount: try row.decode(column: "task_count", as: Int.self),
                doneCount: try row.decode(column: "done_count", as: Int?.self) ?? 0,
                openCount: try row.decode(column: "open_count", as: Int?.self) ?? 0,
                overdueCount: 0)
        }
        let overdue = try await overdueCounts(of: listings.filter { $0.openCount > 0 }.map(\.id))
        for index in listings.indices { listings[index].overdueCount = overdue[listings[index].id] ?? 0 }
        return listings
    }

    /// Overdue tasks per document: the SQL candidates, classified.
    func overdueCounts(of documentIDs: [UUID]) async throws -> [UUID: Int] {
        guard !documentIDs.isEmpty else { return [:] }
        var conditions = ListConditions()
        conditions.onTask = ["t.document_id IN (\(binds: documentIDs))", candidates(for: .overdue, keys: .task)]
        let rows = try await fetch(conditions, unit: nil, limit: 100_000, offset: 0)
        var counts: [UUID: Int] = [:]
        for row in rows where row.status == .overdue {
            if let document = row.documentID { counts[document, default: 0] += 1 }
        }
        return counts
    }

    /// How a list narrowed to one document names it: its number, else its
    /// subject, else its file. Reads three columns, not the stored file.
    public func documentLabel(_ id: UUID) async throws -> String? {
        guard let row = try await sql.raw("SELECT number, subject, file_name FROM documents WHERE id = \(bind: id)").first()
        else { return nil }
        return try row.decode(column: "number", as: String?.self) ?? row.decode(column: "subject", as: String?.self)
            ?? row.decode(column: "file_name", as: String.self)
    }

    /// The stored documents that carry these numbers ("406/QĐ-UBND"), so a
    /// cited document links to its page when the office has registered it.
    public func documents(numbered numbers: [String]) async throws -> [String: UUID] {
        guard !numbers.isEmpty else { return [:] }
        let rows = try await sql.raw("""
            SELECT id, number FROM documents WHERE number IN (\(binds: numbers)) ORDER BY created_at
            """).all()
        var found: [String: UUID] = [:]
        for row in rows {
            let number = try row.decode(column: "number", as: String.self)
            if found[number] == nil { found[number] = try row.decode(column: "id", as: UUID.self) }
        }
        return found
    }
}
