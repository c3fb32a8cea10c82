import SQLKit

/// The shared row of a statement made of parts joined by UNION ALL (a page of
/// tasks with their units and extensions; a task's record). Each part fills
/// its own columns and leaves the others NULL, cast to the column's type:
/// PostgreSQL types a UNION's columns pair by pair, and two untyped NULLs read
/// as text, which then clashes with a uuid or a timestamp (SQLite casts NULL
/// to NULL whatever the name).
protocol UnionColumn: CaseIterable, Hashable, RawRepresentable<String> {
    var sqlType: String { get }
}

extension UnionColumn {
    /// One part's select list: every column of the row, in order, each the
    /// part's expression for it or a typed NULL.
    static func select(_ values: [Self: SQLQueryString]) -> SQLQueryString {
        allCases.map { column in
            "\(values[column] ?? "CAST(NULL AS \(unsafeRaw: column.sqlType))") AS \(unsafeRaw: column.rawValue)"
        }.joined(separator: ", ")
    }
}
