import LegalCalendar

/// An administrative document laid out by Decree 30/2020/NĐ-CP (Phụ lục I):
/// the header zones, the type name or the công văn subject, the body, the
/// "Nơi nhận" list and the signature. Reports and reminder dispatches are both
/// built as this value and written by `DOCXWriter`.
public struct OfficialDocument: Hashable, Sendable {
    public var header: DocumentHeader
    public var title: DocumentTitle
    public var body: [DocumentBlock]
    /// Nơi nhận entries without the leading "-" or trailing ";"/"." (the writer adds them),
    /// the last one conventionally "Lưu: VT, <drafting unit>".
    public var recipients: [String]
    public var signature: SignatureBlock

    public init(header: DocumentHeader, title: DocumentTitle, body: [DocumentBlock],
                recipients: [String], signature: SignatureBlock) {
        self.header = header
        self.title = title
        self.body = body
        self.recipients = recipients
        self.signature = signature
    }
}

/// The top zones: issuing body on the left, Quốc hiệu and place/date on the right.
public struct DocumentHeader: Hashable, Sendable {
    /// Cơ quan chủ quản, printed above the issuer ("UBND TỈNH ..."); nil when the issuer has none shown.
    public var parentBody: String?
    /// Cơ quan ban hành ("ỦY BAN NHÂN DÂN XÃ AN PHÚ"); printed in capitals.
    public var issuer: String
    /// Nil while unregistered: the văn thư writes the number after signing, so drafts leave a gap.
    public var number: Int?
    /// Ký hiệu after the slash: "BC-UBND" for a named type, "UBND-VP" for a công văn.
    public var symbol: String
    /// Địa danh: the local unit's name ("An Phú", "Hà Nội").
    public var place: String
    public var date: CivilDate

    public init(parentBody: String? = nil, issuer: String, number: Int? = nil, symbol: String,
                place: String, date: CivilDate) {
        self.parentBody = parentBody
        self.issuer = issuer
        self.number = number
        self.symbol = symbol
        self.place = place
        self.date = date
    }

    /// "Số: 05/BC-UBND"; numbers below 10 take a leading zero; an unnumbered draft keeps room for it.
    public var numberLine: String {
        guard let number else { return "Số:        /\(symbol)" }
        return "Số: \(number < 10 ? "0\(number)" : "\(number)")/\(symbol)"
    }

    /// "An Phú, ngày 05 tháng 01 năm 2026": days 1–9 and months 1–2 padded, as Decree 30 prescribes.
    public var placeAndDate: String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month <= 2 ? "0\(date.month)" : "\(date.month)"
        return "\(place), ngày \(day) tháng \(month) năm \(date.year)"
    }
}

/// What sits under the header: a named type has its name and trích yếu in the
/// centre; a công văn has no type line, its subject goes under the number as
/// "V/v …" and its addressees follow as "Kính gửi:".
public enum DocumentTitle: Hashable, Sendable {
    /// typeName: "BÁO CÁO", "KẾ HOẠCH"; summary: the trích yếu.
    case named(typeName: String, summary: String)
    /// subject without the "V/v" prefix; addressees one per line.
    case dispatch(subject: String, addressees: [String])
}

/// One block of the body.
public enum DocumentBlock: Hashable, Sendable {
    /// A section heading ("I. KẾT QUẢ THỰC HIỆN"), bold.
    case heading(String)
    /// A body paragraph: justified, first line indented.
    case paragraph(String)
    /// A bordered table with a bold header row repeated on each page.
    case table(DocumentTable)
}

public struct DocumentTable: Hashable, Sendable {
    /// Widths are relative: the table always spans the text width.
    public var columns: [TableColumn]
    public var rows: [[CellValue]]
    /// Rows printed in bold (a "Tổng cộng" line).
    public var boldRows: Set<Int>

    public init(columns: [TableColumn], rows: [[CellValue]], boldRows: Set<Int> = []) {
        self.columns = columns
        self.rows = rows
        self.boldRows = boldRows
    }
}

/// The bottom-right block: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / signature / name.
public struct SignatureBlock: Hashable, Sendable {
    /// TM., KT., TL., TUQ., Q. line ("KT. CHỦ TỊCH"); nil when the head signs in person.
    public var authority: String?
    /// The signer's title ("PHÓ CHỦ TỊCH").
    public var title: String
    /// Full name, without academic title or rank.
    public var name: String

    public init(authority: String? = nil, title: String, name: String) {
        self.authority = authority
        self.title = title
        self.name = name
    }
}
