import DocumentReader
import LegalCalendar

/// Due dates in a task's text. A date is a deadline only when the words before
/// it make it one ("trước ngày", "chậm nhất", "hoàn thành trong", "đảm bảo đến
/// ngày ... đạt"); a cited document's date or a meeting date is background.
struct DeadlineReader {
    let layout: TextLayout
    var t: [Token] { layout.tokens }
    var s: [Unicode.Scalar] { layout.scalars }

    struct Found {
        var deadlines: [Deadline] = []
        var recurrence: Recurrence? = nil
        var relative: RelativeDeadline? = nil
    }

    /// Words that make the next date a due date.
    static let cues = PhraseSet([
        "trước", "chậm nhất", "chậm nhất là", "chậm nhất trong", "chậm nhất vào", "chậm nhất trước", "hạn chót", "hạn cuối",
        "không quá", "không muộn hơn", "xong trước", "hoàn thành trước", "hoàn thành trong", "hoàn thành", "hoàn thành xong",
        "hoàn thành vào", "hoàn thành chậm nhất", "thời gian hoàn thành", "thời hạn", "thời hạn hoàn thành", "hạn hoàn thành",
        "trong", "xong", "hoàn tất", "hoàn tất trước", "kết thúc trước", "thời gian hoàn thành :", "thời hạn :", "hạn :",
        "thời gian thực hiện : trước", "thời gian : trước", "trước ngày", "trong ngày",
        "vào cuối", "trước cuối", "chậm nhất cuối", "chậm nhất vào cuối", "hoàn thành vào cuối",
    ])
    static let weakCue = Phrase("trong")
    static let milestone = PhraseSet(["đến", "đến hết", "tới"])
    static let milestoneBefore = PhraseSet(["đảm bảo", "bảo đảm", "phấn đấu", "chậm nhất", "hoàn thành", "phải"])
    static let milestoneAfter = PhraseSet(["đạt", "hoàn thành", "xong", "phải", "giải ngân đạt"])
    static let periodStart = PhraseSet(["từ"])

    static let recurrences: [(Phrase, Recurrence.Period)] = [
        ("hàng ngày", .daily), ("hằng ngày", .daily), ("hàng tuần", .weekly), ("hằng tuần", .weekly),
        ("hàng tháng", .monthly), ("hằng tháng", .monthly), ("hàng quý", .quarterly), ("hằng quý", .quarterly),
        ("định kỳ 6 tháng", .halfYearly), ("định kỳ sáu tháng", .halfYearly), ("hàng năm", .yearly), ("hằng năm", .yearly),
    ]
    static let relativeOpeners = PhraseSet(["trong", "trong vòng", "trong thời hạn", "trong thời gian", "chậm nhất", "sau"])
    static let dayUnit = Phrase("ngày")
    static let workingDay = Phrase("làm việc")
    static let originWords: [(Phrase, RelativeDeadline.Origin)] = [
        ("ký", .signing), ("ban hành", .issue), ("nhận", .receipt), ("nhận được", .receipt),
    ]

    /// The dates of a text that states a due date by its place: a table's "Thời gian hoàn thành" cell,
    /// an item's "Thời gian thực hiện: Quý II/2024". No cue word is needed there.
    func statedDue(_ range: Range<Int>, documentYear: Int?) -> Found {
        var found = Found()
        guard !range.isEmpty else { return found }
        var due = range
        // "Từ 08/9/2025 đến 31/10/2025": the work is due at the end of the period
        if let until = due.first(where: { DateScanner.đến.matches(t, at: $0, limit: due.upperBound) }), until + 1 < due.upperBound {
            due = (until + 1)..<due.upperBound
        }
        let dates = DateScanner(layout: layout)
        let span = TextSpan(start: t[range.lowerBound].start, end: t[range.upperBound - 1].end)
        let text = layout.flatText(span.start..<span.end)
        var k = due.lowerBound
        while k < due.upperBound {
            if let m = dates.mention(at: k, limit: due.upperBound, defaultYear: documentYear) {
                let precision: Deadline.Precision = switch m.precision {
                case .day: .day
                case .month: .month
                case .quarter: .quarter
                case .year: .year
                }
                found.deadlines.append(Deadline(date: m.date, text: text, precision: precision, span: span))
                k = m.tokens.upperBound
            } else if let bare = bareDate(at: k, limit: due.upperBound, year: documentYear) {
                found.deadlines.append(Deadline(date: bare.date, text: text, precision: .day, span: span))
                k = bare.end
            } else {
                k += 1
            }
        }
        found.deadlines.sort { $0.date < $1.date }
        if found.deadlines.isEmpty {
            found.recurrence = read(range, documentYear: documentYear, documentDate: nil, calendar: nil).recurrence
        }
        return found
    }

    /// "15/11" where the place says it is a date.
    func bareDate(at k: Int, limit: Int, year: Int?) -> (date: CivilDate, end: Int)? {
        let dates = DateScanner(layout: layout)
        guard let year, let d = dates.number(k, limit), dates.tight(k + 1, limit, "/"),
              let m = dates.number(k + 2, limit), let date = CivilDate(year: year, month: m, day: d) else { return nil }
        return (date, k + 3)
    }

    static let giờ = PhraseSet(["giờ", "h"])
    static let phút = Phrase("phút")

    /// "trước 12 giờ ngày 27/10/2025", "trước 17 giờ 30 phút ngày ...": the hour sits between cue and date.
    func skipTimeOfDay(before j: Int, floor: Int) -> Int {
        var k = j
        // "Thời hạn hoàn thành: 30/6/2024": the colon after the cue
        if k - 1 >= floor, t[k - 1].kind == .punct, s[t[k - 1].start] == ":" { k -= 1 }
        if k - 2 >= floor, Self.phút.matches(t, at: k - 1), t[k - 2].kind == .number { k -= 2 }
        if k - 1 >= floor, t[k - 1].kind == .number, k - 2 >= floor, Self.giờ.match(t, at: k - 2, limit: k - 1) > 0 { k -= 1 }  // "17 giờ 30"
        if k - 2 >= floor, Self.giờ.match(t, at: k - 1, limit: k) > 0, t[k - 2].kind == .number { k -= 2 }
        if k - 1 >= floor, isClockTime(k - 1) { k -= 1 }                                                               // "17h00", "17h"
        if k < j, k - 1 >= floor, t[k - 1].kind == .punct, s[t[k - 1].start] == "," { k -= 1 }
        return k
    }

    /// "17h00", "8h30", "17h": digits, an "h", digits.
    func isClockTime(_ k: Int) -> Bool {
        let tok = t[k]
        guard tok.kind == .word, LetterFold.isDigit(s[tok.start]) else { return false }
        var letters = 0
        for x in tok.start..<tok.end where !LetterFold.isDigit(s[x]) {
            guard s[x] == "h" || s[x] == "H" else { return false }
            letters += 1
        }
        return letters == 1
    }

    /// The clause around token `k`: back to the previous ";" or sentence end.
    func clauseStart(before k: Int, floor: Int) -> Int {
        let floor = max(floor, k - 16)   // only the few words before a date matter
        var j = k - 1
        while j >= floor {
            if t[j].kind == .punct, ";.".unicodeScalars.contains(s[t[j].start]) { return j + 1 }
            j -= 1
        }
        return floor
    }

    func read(_ range: Range<Int>, documentYear: Int?, documentDate: CivilDate?, calendar: WorkCalendar?) -> Found {
        var found = Found()
        let scanner = DateScanner(layout: layout)
        var depth = 0, depthAt = range.lowerBound   // bracket depth, carried forward from one date to the next
        for m in scanner.mentions(in: range, defaultYear: documentYear) {
            // A date inside brackets is background: "(Thông báo số 265/TB-UBND ngày 22/7/2025, thời hạn quý III/2025)".
            while depthAt < m.tokens.lowerBound {
                if t[depthAt].kind == .punct {
                    if s[t[depthAt].start] == "(" { depth += 1 } else if s[t[depthAt].start] == ")" { depth = max(0, depth - 1) }
                }
                depthAt += 1
            }
            if depth > 0 { continue }
            var j = m.tokens.lowerBound
            if j > range.lowerBound, DateScanner.ngày.matches(t, at: j - 1), m.precision == .day, !DateScanner.ngày.matches(t, at: j) { j -= 1 }
            j = skipTimeOfDay(before: j, floor: range.lowerBound)
            var cueStart: Int? = nil
            var cueLength = 0
            for back in 1...5 where j - back >= range.lowerBound {
                let n = Self.cues.match(t, at: j - back, limit: j)
                if n == back { cueStart = j - back; cueLength = n }
            }
            var isDeadline = false
            if let c = cueStart {
                let weak = cueLength == 1 && Self.weakCue.matches(t, at: c)
                isDeadline = !weak || m.precision != .year
            } else {
                // milestones: "đảm bảo đến ngày 30/6/2023, giải ngân đạt ..."
                for back in 1...2 where j - back >= range.lowerBound {
                    let n = Self.milestone.match(t, at: j - back, limit: j)
                    guard n == back else { continue }
                    let clause = clauseStart(before: j - back, floor: range.lowerBound)
                    var afterPeriodStart = false
                    for x in max(clause, j - back - 8)..<(j - back) where Self.periodStart.contains(t, at: x) { afterPeriodStart = true }
                    if afterPeriodStart { break }
                    var before = false
                    for x in max(range.lowerBound, j - back - 4)..<(j - back) where Self.milestoneBefore.match(t, at: x, limit: j - back) > 0 { before = true }
                    var after = false
                    let end = m.tokens.upperBound
                    for x in end..<min(range.upperBound, end + 8) where Self.milestoneAfter.match(t, at: x, limit: range.upperBound) > 0 { after = true }
                    if before || after { cueStart = j - back; isDeadline = true }
                    break
                }
            }
            guard isDeadline, let start = cueStart else { continue }
            let endToken = m.tokens.upperBound - 1
            let span = TextSpan(start: t[start].start, end: t[endToken].end)
            let precision: Deadline.Precision = switch m.precision {
            case .day: .day
            case .month: .month
            case .quarter: .quarter
            case .year: .year
            }
            found.deadlines.append(Deadline(date: m.date, text: layout.flatText(span.start..<span.end), precision: precision, span: span))
        }
        found.deadlines.sort { $0.date < $1.date }

        // Recurring duties
        var periods: [Recurrence.Period] = []
        var recStart: Int? = nil, recEnd = 0
        var k = range.lowerBound
        while k < range.upperBound {
            var matched = 0
            for (phrase, period) in Self.recurrences where phrase.matches(t, at: k, limit: range.upperBound) {
                if !periods.contains(period) { periods.append(period) }
                if recStart == nil { recStart = k }
                recEnd = k + phrase.count
                matched = phrase.count
                break
            }
            k += max(matched, 1)
        }
        if let recStart {
            let span = TextSpan(start: t[recStart].start, end: t[recEnd - 1].end)
            found.recurrence = Recurrence(periods: periods, text: layout.flatText(span.start..<span.end), span: span,
                                          due: recurringDue(in: range), until: recurringUntil(in: range, documentYear: documentYear))
        }

        // Relative deadlines: "trong 05 ngày làm việc kể từ ngày ký"
        k = range.lowerBound
        while k < range.upperBound, found.relative == nil {
            let o = Self.relativeOpeners.match(t, at: k, limit: range.upperBound)
            let n = k + o
            guard o > 0, n < range.upperBound, t[n].kind == .number, t[n].length <= 3, Self.dayUnit.matches(t, at: n + 1, limit: range.upperBound) else {
                k += 1
                continue
            }
            var count = 0
            for x in t[n].start..<t[n].end { count = count * 10 + Int(s[x].value - 48) }
            var end = n + 2
            let working = Self.workingDay.matches(t, at: end, limit: range.upperBound)
            if working { end += 2 }
            var origin: RelativeDeadline.Origin = .unknown
            search: for x in end..<min(range.upperBound, end + 6) {
                for (phrase, o) in Self.originWords where phrase.matches(t, at: x, limit: range.upperBound) {
                    origin = o
                    end = x + phrase.count
                    break search
                }
            }
            var resolved: CivilDate? = nil
            if let date = documentDate, origin == .signing || origin == .issue {
                if working { resolved = calendar?.adding(workingDays: count, to: date) }
                else { resolved = calendar.map { $0.legalDeadline(date.adding(days: count)) } ?? date.adding(days: count) }
            }
            let span = TextSpan(start: t[k].start, end: t[end - 1].end)
            let text = layout.flatText(span.start..<span.end)
            found.relative = RelativeDeadline(count: count, workingDays: working, origin: origin, resolved: resolved, text: text, span: span)
            if let resolved {
                found.deadlines.append(Deadline(date: resolved, text: text, precision: .day, span: span))
                found.deadlines.sort { $0.date < $1.date }
            }
            k = end
        }
        return found
    }
}
