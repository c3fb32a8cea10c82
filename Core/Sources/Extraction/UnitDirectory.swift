import Foundation
import LegalCalendar

/// One body in an administrator's directory of units, with the other names it goes by.
public struct UnitEntry: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var parent: String?
    public var validFrom: CivilDate?
    public var validTo: CivilDate?
    /// The unit that took over after a merger or renaming.
    public var successor: String?

    public init(id: String, name: String, aliases: [String] = [], parent: String? = nil,
                validFrom: CivilDate? = nil, validTo: CivilDate? = nil, successor: String? = nil) {
        self.id = id; self.name = name; self.aliases = aliases; self.parent = parent
        self.validFrom = validFrom; self.validTo = validTo; self.successor = successor
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
        validFrom = try c.decodeIfPresent(CivilDate.self, forKey: .validFrom)
        validTo = try c.decodeIfPresent(CivilDate.self, forKey: .validTo)
        successor = try c.decodeIfPresent(String.self, forKey: .successor)
    }

    public func isValid(on date: CivilDate) -> Bool {
        (validFrom.map { $0 <= date } ?? true) && (validTo.map { date <= $0 } ?? true)
    }
}

public struct UnitDirectoryError: Error, Sendable, CustomStringConvertible {
    /// In Vietnamese, for the user.
    public var message: String
    public var description: String { message }
}

/// Resolves names found in documents to the directory's units. Names match
/// when they are the same words after folding case, tone-mark placement
/// ("Văn hoá" = "Văn hóa"), "&" = "và", UBND = Ủy ban nhân dân, HĐND = Hội đồng
/// nhân dân, and with hyphens, commas and honorifics ("Thủ trưởng", "Chủ tịch") ignored.
public struct UnitDirectory: Sendable {
    public let entries: [UnitEntry]
    private var index: [[UInt64]: [Int]] = [:]
    private var positions: [String: Int] = [:]

    public init(entries: [UnitEntry]) {
        self.entries = entries
        for (k, e) in entries.enumerated() {
            if positions[e.id] == nil { positions[e.id] = k }
            for name in [e.name] + e.aliases {
                let key = Self.key(name)
                if !key.isEmpty { index[key, default: []].append(k) }
            }
        }
    }

    private struct File: Decodable { var units: [UnitEntry] }

    /// Reads `{"units": [{"id", "name", "aliases", "parent", "validFrom", "validTo", "successor"}]}`.
    public static func load(json: [UInt8]) throws(UnitDirectoryError) -> UnitDirectory {
        do {
            let file = try JSONDecoder().decode(File.self, from: Data(json))
            return UnitDirectory(entries: file.units)
        } catch let error as DecodingError {
            throw UnitDirectoryError(message: "Danh mục đơn vị không đúng định dạng JSON {\"units\": [...]}: \(Self.explain(error))")
        } catch {
            throw UnitDirectoryError(message: "Không đọc được danh mục đơn vị: \(error)")
        }
    }

    private static func explain(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let ctx): return "thiếu trường \"\(key.stringValue)\" tại \(path(ctx))"
        case .typeMismatch(let type, let ctx):
            let expected = type is [Any].Type ? "một danh sách" : type is String.Type ? "một chuỗi" : "giá trị khác"
            return "sai kiểu giá trị tại \(path(ctx)) (cần \(expected))"
        case .valueNotFound(_, let ctx): return "thiếu giá trị tại \(path(ctx))"
        case .dataCorrupted(let ctx):
            return ctx.codingPath.isEmpty ? "tệp không phải JSON hợp lệ" : "giá trị không hợp lệ tại \(path(ctx)) (ngày viết YYYY-MM-DD)"
        @unknown default: return "\(error)"
        }
    }

    private static func path(_ ctx: DecodingError.Context) -> String {
        let p = ctx.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        return p.isEmpty ? "gốc tệp" : p
    }

    /// The unit a name refers to on a day. When an old and a new unit share a
    /// name, the one valid that day wins; failing that, the one that had
    /// ended by then (its successors carry the work on), never one that did
    /// not exist yet unless nothing else has the name.
    public func resolve(_ name: String, on date: CivilDate? = nil) -> UnitEntry? {
        guard let hits = index[Self.key(name)], !hits.isEmpty else { return nil }
        guard let date else { return entries[hits[0]] }
        if let valid = hits.first(where: { entries[$0].isValid(on: date) }) { return entries[valid] }
        let ended = hits.filter { entries[$0].validTo.map { $0 < date } ?? false }
        if let latest = ended.max(by: { entries[$0].validTo! < entries[$1].validTo! }) { return entries[latest] }
        return entries[hits[0]]
    }

    public func entry(id: String) -> UnitEntry? { positions[id].map { entries[$0] } }

    private static let expansions: [UInt64: [UInt64]] = [
        Tokenizer.key("ubnd"): Phrase("ủy ban nhân dân").keys,
        Tokenizer.key("hđnd"): Phrase("hội đồng nhân dân").keys,
        Tokenizer.key("mttq"): Phrase("mặt trận tổ quốc").keys,
        Tokenizer.key("mttqvn"): Phrase("mặt trận tổ quốc việt nam").keys,
        Tokenizer.key("ubmttqvn"): Phrase("ủy ban mặt trận tổ quốc việt nam").keys,
        Tokenizer.key("tp"): Phrase("thành phố").keys,
        Tokenizer.key("tx"): Phrase("thị xã").keys,
    ]
    private static let và = Tokenizer.key("và")

    /// The folded words of a name: the comparison key.
    static func key(_ name: String) -> [UInt64] {
        let scalars = Array(name.unicodeScalars)
        let layout = Tokenizer.tokenize(scalars)
        var start = 0
        var steps = 0
        while steps < 4, let n = Optional(UnitLexicon.honorifics.match(layout, at: start)), n > 0, start + n < layout.count {
            start += n; steps += 1
        }
        var out: [UInt64] = []
        for tok in layout[start...] {
            if tok.kind == .punct {
                if scalars[tok.start] == "&" { out.append(và) }
                continue
            }
            if let e = expansions[tok.key] { out += e } else { out.append(tok.key) }
        }
        return out
    }
}
