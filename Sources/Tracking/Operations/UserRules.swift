import Foundation

/// What a user account must satisfy, checked before anything is written so
/// that a refused form changes nothing. Messages are for the administrator.
public enum UserRules {
    /// Short passwords are refused; bcrypt reads at most 72 bytes, so longer
    /// ones would be silently cut.
    public static let minimumPasswordLength = 8
    public static let maximumPasswordBytes = 72

    public static func checkPassword(_ password: String) throws(TrackingError) {
        guard password.count >= minimumPasswordLength else {
            throw TrackingError(.invalid, "Mật khẩu cần ít nhất \(minimumPasswordLength) ký tự.")
        }
        guard password.utf8.count <= maximumPasswordBytes else {
            throw TrackingError(.invalid, "Mật khẩu quá dài (tối đa \(maximumPasswordBytes) byte; chữ có dấu tính 2–3 byte).")
        }
    }

    /// The user name as stored: trimmed, lower case, and only unaccented
    /// letters, digits, ".", "_" and "-" so that it can be typed on any keyboard.
    public static func username(_ raw: String) throws(TrackingError) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !name.isEmpty else { throw TrackingError(.invalid, "Tên đăng nhập không được để trống.") }
        guard name.unicodeScalars.allSatisfy({ allowedInUsername($0) }), name.count <= 64 else {
            throw TrackingError(.invalid, "Tên đăng nhập \"\(name)\" chỉ được gồm chữ không dấu, chữ số và các dấu . _ - (tối đa 64 ký tự).")
        }
        return name
    }

    public static func displayName(_ raw: String) throws(TrackingError) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw TrackingError(.invalid, "Họ tên người dùng không được để trống.") }
        return name
    }

    /// A unit member acts for exactly one unit; other roles belong to none.
    public static func unit(_ unitID: UUID?, for role: UserRole) throws(TrackingError) -> UUID? {
        guard role == .unitMember else { return nil }
        guard let unitID else { throw TrackingError(.invalid, "Cán bộ đơn vị phải thuộc một đơn vị: xin chọn đơn vị.") }
        return unitID
    }

    /// The e-mail address as stored, nil when blank. Only its shape is
    /// checked: one "@", a dotted domain, nothing that would break a mail header.
    public static func email(_ raw: String?) throws(TrackingError) -> String? {
        guard let text = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let plausible = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.unicodeScalars.contains { $0 == " " || $0 == "\r" || $0 == "\n" || $0 == "<" || $0 == ">" || $0 == "," }
        guard plausible else { throw TrackingError(.invalid, "Địa chỉ thư điện tử \"\(text)\" không hợp lệ.") }
        return text
    }

    private static func allowedInUsername(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "0"..."9", ".", "_", "-": return true
        default: return false
        }
    }
}
