import SQLKit

/// The shared row of a statement made of parts joined by UNION ALL (a page of
/// tasks with their units and extensions; a task's record). Each part fills
/// its own columns and leaves the others NULL.
///
/// Only the leading part names the columns and casts its NULLs to their
/// types: both engines take a compound's column names from its first part,
/// and PostgreSQL types a UNION's columns pair by pair from the left, so
/// once the left side is typed a later part's bare NULL takes its type (two
/// untyped NULLs would read as text, which then clashes with a uuid or a
/// timestamp). The later parts stay short because SQLite parses the whole
/// statement on every request (SQLiteNIO keeps no prepared statements), and
/// a cast and an alias per column of every part were most of its length.
protocol UnionColumn: CaseIterable, Hashable, RawRepresentable<String> {
    var sqlType: String { get }
}

extension UnionColumn {
    /// The leading part's select list: every column of the row, in order,
    /// named, each the part's expression for it or a typed NULL.
    static func select(_ values: [Self: SQLQueryString]) -> SQLQueryString {
        allCases.map { column in
            "\(values[column] ?? "CAST(NULL AS \(unsafeRaw: column.sqlType))") AS \(unsafeRaw: column.rawValue)"
        }.joined(separator: ", ")
    }

    /// A following part's select list: the part's expressions in the row's
    /// order, NULL where it has none.
    static func values(_ values: [Self: SQLQueryString]) -> SQLQueryString {
        allCases.map { column in values[column] ?? "NULL" }.joined(separator: ", ")
    }
}
