import Extraction

/// The readable form of an extraction: a header summary and one row per task.
enum ExtractionTable {
    static func render(_ r: ExtractedDocument) -> String {
        let d = r.document
        var out: [String] = []
        func field(_ label: String, _ value: String?) { out.append("\(label): \(value ?? "—")") }
        field("Loại", d.type)
        field("Số, ký hiệu", d.number ?? d.symbol)
        field("Cơ quan ban hành", d.issuer)
        field("Địa danh, ngày", [d.place, d.date?.description].compactMap { $0 }.joined(separator: ", ").nonEmpty)
        field("Trích yếu", d.subject)
        field("Người ký", [d.signingAuthority, d.signerTitle, d.signer].compactMap { $0 }.joined(separator: " / ").nonEmpty)
        if !d.references.isEmpty { field("Văn bản dẫn chiếu", d.references.map(\.number).joined(separator: ", ")) }
        out.append("")
        guard !r.tasks.isEmpty else {
            out.append("Không có nhiệm vụ nào được giao.")
            return out.joined(separator: "\n")
        }
        let rows = r.tasks.map { t in
            [t.section, clip(t.text, 70), t.lead.joined(separator: "; "), t.support.joined(separator: "; "),
             t.deadline.map { "\($0.date.vietnamese) (\($0.text))" } ?? (t.recurrence?.text ?? "")]
        }
        let header = ["Mục", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"]
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = min(max(widths[i], cell.count), 70) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                c.count >= widths[i] ? String(c.prefix(widths[i])) : c + String(repeating: " ", count: widths[i] - c.count)
            }
                .joined(separator: " | ").trimmingTrailingSpaces()
        }
        out.append(line(header))
        out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-"))
        for row in rows { out.append(line(row)) }
        // Units the document named that a merger has replaced since: the work goes to the later one.
        var successions: [String] = []
        for task in r.tasks {
            for case let note? in task.units.filter({ $0.role != .mentioned }).map(\.succession) where !successions.contains(note) {
                successions.append(note)
            }
        }
        if !successions.isEmpty {
            out.append("")
            out += successions.map { "Đơn vị đã sáp nhập: " + $0 }
        }
        out.append("")
        out.append("\(r.tasks.count) nhiệm vụ.")
        return out.joined(separator: "\n")
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
