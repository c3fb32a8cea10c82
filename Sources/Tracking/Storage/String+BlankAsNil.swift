extension Optional where Wrapped == String {
    /// Forms post an empty field for "nothing"; the database keeps NULL, so
    /// pages and reports test one thing.
    var blankAsNil: String? { self?.blankAsNil }
}

extension String {
    var blankAsNil: String? {
        allSatisfy(\.isWhitespace) ? nil : self
    }
}
