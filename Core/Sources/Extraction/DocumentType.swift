/// Document types of Decree 30/2020/NĐ-CP (Phụ lục III) and the Party's
/// document rules, keyed by the code used in a number-and-symbol ("15/QĐ-UBND").
/// Case matters: "QyĐ", "CTr", "TTr" are distinct codes; never upper-case before lookup.
public struct DocumentType: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The code as it appears in a symbol, or "CV" for a công văn, which has none.
    public let code: String

    public init(code: String) { self.code = code }

    public var description: String { code }

    /// The Vietnamese name written in capitals as the document's type line, when known.
    public var name: String? { DocumentType.names[code] }

    public static let congVan = DocumentType(code: "CV")  // công văn: no type line, subject after "V/v"

    /// Code → the type name as written on the type line (upper-cased there).
    public static let names: [String: String] = [
        "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế",
        "QyĐ": "Quy định", "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn",
        "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án",
        "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình",
        "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận",
        "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu",
        "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo",
        "KL": "Kết luận", "TT": "Thông tri", "QH": "Quy hoạch", "CV": "Công văn",
    ]

    /// Pre-2020 codes (Circulars 01/2011, 55/2005) still met in old files, mapped to today's.
    public static let legacyCodes: [String: String] = [
        "GN": "BGN", "TTh": "BTT", "UQ": "GUQ", "GT": "GGT", "NP": "GNP",
    ]
}
