/// Names kept in the session and its cookie.
enum SessionKeys {
    static let cookie = "dondoc_session"
    static let userID = "user"
    static let csrf = "csrf"
}
