import DocumentReader
import LegalCalendar

/// What the extractor finds in one document: its metadata (Decree 30 layout)
/// and the tasks it assigns. Encodes to the JSON described in the corpus's
/// GOLD.md, with spans added so an app can highlight every finding.
public struct ExtractedDocument: Codable, Sendable, Hashable {
    public var document: DocumentMetadata
    public var tasks: [ExtractedTask]

    public init(document: DocumentMetadata, tasks: [ExtractedTask]) {
        self.document = document
        self.tasks = tasks
    }
}

/// The issue date as far as the document gives it: a day, or only a month
/// when the day is left blank for signing ("ngày tháng 5 năm 2023").
public enum DocumentDate: Codable, Sendable, Hashable, CustomStringConvertible {
    case day(CivilDate)
    case month(year: Int, month: Int)

    /// "2023-06-29" or "2023-05".
    public var description: String {
        switch self {
        case .day(let d): return d.iso
        case .month(let y, let m): return "\(y)-" + (m < 10 ? "0\(m)" : "\(m)")
        }
    }

    public var year: Int {
        switch self { case .day(let d): return d.year; case .month(let y, _): return y }
    }

    public var civilDate: CivilDate? {
        if case .day(let d) = self { return d }
        return nil
    }

    /// From its description: "2023-06-29" or "2023-05".
    public init?(_ text: String) {
        if let d = CivilDate(iso: text) { self = .day(d); return }
        let parts = text.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        self = .month(year: y, month: m)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = DocumentDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// Another document cited in the text: "Quyết định số 406/QĐ-UBND ngày 03/02/2023".
public struct CitedDocument: Codable, Sendable, Hashable {
    /// Number and symbol as written, without spaces: "406/QĐ-UBND", "1753-KL/TU".
    public var number: String
    /// Type code (QĐ, KL, NQ...; CV for a công văn), when the symbol or the words before it tell.
    public var type: String?
    public var date: CivilDate?
    public var span: TextSpan

    public init(number: String, type: String?, date: CivilDate?, span: TextSpan) {
        self.number = number; self.type = type; self.date = date; self.span = span
    }
}

/// Header and footer of a document (Decree 30/2020/NĐ-CP, Art. 8-15).
public struct DocumentMetadata: Codable, Sendable, Hashable {
    /// Type code: TB, BC, KH, CT, QĐ... or CV for a công văn.
    public var type: String?
    /// "309/BC-UBND"; nil for a draft ("Số: /UBND").
    public var number: String?
    /// The symbol even when the number is blank: "/UBND", "/BC-UBND".
    public var symbol: String?
    public var issuer: String?
    public var place: String?
    public var date: DocumentDate?
    /// Trích yếu: the lines after the type name, or the text after "V/v".
    public var subject: String?
    public var signer: String?
    /// "PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG".
    public var signerTitle: String?
    /// The signing authority line nearest the signature: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN".
    public var signingAuthority: String?
    /// "Kính gửi" addressees.
    public var recipients: [String]
    /// "Nơi nhận" entries.
    public var distribution: [String]
    public var references: [CitedDocument]
    /// Where each field was read, keyed by field name ("number", "date", "subject", "signer"...).
    public var spans: [String: TextSpan]

    public init(type: String? = nil, number: String? = nil, symbol: String? = nil, issuer: String? = nil, place: String? = nil,
                date: DocumentDate? = nil, subject: String? = nil, signer: String? = nil, signerTitle: String? = nil,
                signingAuthority: String? = nil, recipients: [String] = [], distribution: [String] = [],
                references: [CitedDocument] = [], spans: [String: TextSpan] = [:]) {
        self.type = type; self.number = number; self.symbol = symbol; self.issuer = issuer; self.place = place
        self.date = date; self.subject = subject; self.signer = signer; self.signerTitle = signerTitle
        self.signingAuthority = signingAuthority; self.recipients = recipients; self.distribution = distribution
        self.references = references; self.spans = spans
    }

    // Absent fields are written as null, not left out: the JSON says "the document has none".
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(number, forKey: .number)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(place, forKey: .place)
        try c.encode(date, forKey: .date)
        try c.encode(subject, forKey: .subject)
        try c.encode(signer, forKey: .signer)
        try c.encode(signerTitle, forKey: .signerTitle)
        try c.encode(signingAuthority, forKey: .signingAuthority)
        try c.encode(recipients, forKey: .recipients)
        try c.encode(distribution, forKey: .distribution)
        try c.encode(references, forKey: .references)
        try c.encode(spans, forKey: .spans)
    }
}

/// The role a body plays in a task.
public enum UnitRole: String, Codable, Sendable, Hashable {
    case lead        // chủ trì: carries the task out
    case support     // phối hợp: coordinates
    case mentioned   // named in the text (an addressee of a report, an object of advice...)
}

/// A body named in a task, with where it was named.
public struct UnitMention: Codable, Sendable, Hashable {
    /// The name as written, honorifics removed ("Phòng Tài chính - Kế hoạch").
    public var name: String
    /// The directory's id and canonical name, when a directory was given and knows it.
    public var unitId: String?
    public var canonicalName: String?
    /// When that unit has since been merged or abolished: the unit that holds
    /// its work now (the end of its chain of successors). Nil otherwise.
    public var currentUnitId: String?
    public var currentName: String?
    public var role: UnitRole
    /// A group ("các cơ quan, đơn vị, địa phương") rather than one body.
    public var isGroup: Bool
    public var span: TextSpan

    public init(name: String, unitId: String? = nil, canonicalName: String? = nil, role: UnitRole, isGroup: Bool = false, span: TextSpan) {
        self.name = name; self.unitId = unitId; self.canonicalName = canonicalName; self.role = role; self.isGroup = isGroup; self.span = span
    }

    /// "UBND huyện X → nay là UBND xã Y" when the unit named has been replaced since.
    public var succession: String? {
        currentName.map { (canonicalName ?? name) + UnitResolution.nowSeparator + $0 }
    }
}

/// A due date found in a task's text, with the words that set it.
public struct Deadline: Codable, Sendable, Hashable {
    public enum Precision: String, Codable, Sendable { case day, month, quarter, year }
    /// The due day: the day itself, or the last day of the month or quarter named.
    public var date: CivilDate
    /// "trước ngày 07/02/2024", "trong tháng 02/2024".
    public var text: String
    public var precision: Precision
    public var span: TextSpan

    public init(date: CivilDate, text: String, precision: Precision, span: TextSpan) {
        self.date = date; self.text = text; self.precision = precision; self.span = span
    }
}

/// A duty repeated every period ("hàng tuần, hàng tháng", "định kỳ hằng quý").
public struct Recurrence: Codable, Sendable, Hashable {
    public enum Period: String, Codable, Sendable { case daily, weekly, monthly, quarterly, halfYearly, yearly }
    public var periods: [Period]
    public var text: String
    public var span: TextSpan

    public init(periods: [Period], text: String, span: TextSpan) { self.periods = periods; self.text = text; self.span = span }
}

/// A deadline counted from an event: "trong 05 ngày làm việc kể từ ngày ký".
public struct RelativeDeadline: Codable, Sendable, Hashable {
    public enum Origin: String, Codable, Sendable { case signing, receipt, issue, unknown }
    public var count: Int
    public var workingDays: Bool
    public var origin: Origin
    /// The due day, when the origin's date is known (the signing date) and a calendar was given for working days.
    public var resolved: CivilDate?
    public var text: String
    public var span: TextSpan

    public init(count: Int, workingDays: Bool, origin: Origin, resolved: CivilDate?, text: String, span: TextSpan) {
        self.count = count; self.workingDays = workingDays; self.origin = origin; self.resolved = resolved; self.text = text; self.span = span
    }
}

/// One task (nhiệm vụ): the smallest item that asks someone to act.
public struct ExtractedTask: Codable, Sendable, Hashable {
    /// The section path: "II.2.2.a".
    public var section: String
    /// The item's text, wrapped lines joined, its marker left out.
    public var text: String
    /// Bodies that carry it out (chủ trì), inherited from a lead-in when the item names none.
    public var lead: [String]
    /// Bodies that coordinate (phối hợp).
    public var support: [String]
    /// The earliest due date, or nil.
    public var deadline: Deadline?
    /// Every due date the item sets, earliest first (milestones: "đến ngày 30/6 đạt 60%...").
    public var milestones: [Deadline]
    public var recurrence: Recurrence?
    public var relative: RelativeDeadline?
    /// Where the item is (the whole paragraph, wrapped lines included).
    public var span: TextSpan
    /// Bodies named in the text, with their roles and spans; inherited leads have the span of the lead-in.
    public var units: [UnitMention]

    public init(section: String, text: String, lead: [String], support: [String], deadline: Deadline?, milestones: [Deadline] = [],
                recurrence: Recurrence? = nil, relative: RelativeDeadline? = nil, span: TextSpan, units: [UnitMention] = []) {
        self.section = section; self.text = text; self.lead = lead; self.support = support; self.deadline = deadline
        self.milestones = milestones; self.recurrence = recurrence; self.relative = relative; self.span = span; self.units = units
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(section, forKey: .section)
        try c.encode(text, forKey: .text)
        try c.encode(lead, forKey: .lead)
        try c.encode(support, forKey: .support)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(milestones, forKey: .milestones)
        try c.encode(recurrence, forKey: .recurrence)
        try c.encode(relative, forKey: .relative)
        try c.encode(span, forKey: .span)
        try c.encode(units, forKey: .units)
    }
}

/// What the extractor may use besides the text.
public struct ExtractionOptions: Sendable {
    /// Known bodies and their aliases; names found are resolved to these.
    public var units: UnitDirectory?
    /// Working-day calendar for relative deadlines ("05 ngày làm việc").
    public var calendar: WorkCalendar?
    /// The tracking day: a unit whose last day is before it hands its tasks to
    /// its successor. Nil: every recorded succession counts.
    public var asOf: CivilDate?

    public init(units: UnitDirectory? = nil, calendar: WorkCalendar? = nil, asOf: CivilDate? = nil) {
        self.units = units
        self.calendar = calendar
        self.asOf = asOf
    }
}
