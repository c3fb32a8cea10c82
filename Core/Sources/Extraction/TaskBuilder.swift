import DocumentReader
import LegalCalendar

/// Decides which items are tasks and who carries each out, following the
/// genre: headings and lead-ins ("Giao Phòng X:", "2.10. Công an thị xã")
/// are not tasks but pass their bodies down; evaluations ("Kết quả đạt được",
/// "hạn chế") and the closing formula are not tasks; an item that names no
/// one inherits the lead of the nearest item or intro above it that does.
struct TaskBuilder {
    let layout: TextLayout
    let paragraphs: [Paragraph]
    let outline: DocumentOutline
    let assignments: AssignmentReader
    let deadlines: DeadlineReader
    let options: ExtractionOptions
    let documentYear: Int?
    let documentDate: CivilDate?
    /// Type code of the document: in a decision (QĐ, NQ) an article that names no one is the decision itself.
    let documentType: String?
    var t: [Token] { layout.tokens }
    var s: [Unicode.Scalar] { layout.scalars }

    /// Headings of sections that evaluate: what follows is no assignment.
    static let descriptiveOpeners = PhraseSet([
        "đánh giá", "kết quả", "tình hình", "bên cạnh", "hạn chế", "tồn tại", "khó khăn", "những kết quả", "ưu điểm",
        "nguyên nhân", "những tồn tại", "một số kết quả", "công tác lãnh đạo", "kết quả thực hiện", "kết quả đạt được",
        "khuyết điểm", "bài học", "thực trạng",
    ])
    /// Headings of sections that describe the plan itself; unless they also speak of tasks.
    static let framingOpeners = PhraseSet([
        "mục đích", "mục tiêu", "yêu cầu", "kinh phí", "căn cứ", "quan điểm", "phạm vi", "đối tượng", "thành phần",
        "thời gian", "địa điểm", "kịch bản", "nguồn kinh phí",
    ])
    /// Items that describe rather than ask: "Mục tiêu: ...", "Thời gian: 08 giờ ...", "Địa điểm: ...".
    static let labels = PhraseSet([
        "mục đích", "mục tiêu", "yêu cầu", "phạm vi", "đối tượng", "thành phần", "thời gian", "địa điểm", "kịch bản",
        "kinh phí", "nguồn kinh phí", "căn cứ", "quan điểm", "thành phần dự", "chủ trì", "thực trạng",
    ])
    /// The execution clause of a decision: "Quyết định này có hiệu lực kể từ ngày ký."
    static let decisionClause = PhraseSet(["quyết định này", "chỉ thị này", "quy chế này", "quy định này", "kế hoạch này",
                                           "kết luận này", "thông báo này", "công văn này", "nghị quyết này", "văn bản này"])
    static let decisionVerbs = PhraseSet(["có hiệu lực", "thi hành", "chịu trách nhiệm thi hành"])
    static let carryOutVerbs = PhraseSet(["thực hiện", "triển khai", "quán triệt"])
    static let descriptiveWords = PhraseSet(["hạn chế", "tồn tại", "kết quả đạt được", "khó khăn, vướng mắc"])
    static let remedy = PhraseSet(["khắc phục", "giải pháp", "nhiệm vụ", "phương hướng", "phân công", "tổ chức thực hiện"])
    static let closingOpeners = PhraseSet(["nay", "trên đây", "nay thông báo", "ủy ban nhân dân", "văn phòng"])
    static let closingVerbs = PhraseSet(["thực hiện", "biết", "triển khai", "tổ chức thực hiện", "báo cáo"])

    private struct State {
        var lead: [UnitName] = []
        var support: [UnitName] = []
        /// The lead set by a paragraph among the node's children, for the items after it.
        var contextLead: [UnitName]? = nil
        /// Inside a section that evaluates or describes ("Kết quả đạt được", "Mục đích, yêu cầu").
        var isDescriptive = false
        var isTask = false
        var taskIndex: Int? = nil
    }

    private struct Draft {
        var node: Int
        var ranges: [Range<Int>]       // token ranges of the text (a paragraph and its continuations)
        var lead: [UnitName]
        var support: [UnitName]
        var mentions: [UnitName]
        /// A due date stated by a label line ("Thời gian thực hiện: Quý II/2024").
        var statedDue: Range<Int>? = nil
    }

    func build() -> [ExtractedTask] {
        var states = [State](repeating: State(), count: outline.nodes.count)
        var rootContext: [UnitName] = []
        var drafts: [Draft] = []
        var seenMarkedItem = false
        var lastRootTask: Int? = nil

        // Label lines ("- Cơ quan chủ trì: ...") belong to the item above them.
        var attributes = [[ItemAttribute]](repeating: [], count: outline.nodes.count)
        var isAttribute = [Bool](repeating: false, count: outline.nodes.count)
        for (index, node) in outline.nodes.enumerated() where node.parent >= 0 && node.marker != nil {
            if let attribute = ItemAttributes.read(t, s, paragraphs[node.paragraph].bodyTokens) {
                attributes[node.parent].append(attribute)
                isAttribute[index] = true
            }
        }

        for (index, node) in outline.nodes.enumerated() {
            let paragraph = paragraphs[node.paragraph]
            let range = paragraph.bodyTokens
            guard !range.isEmpty, !isAttribute[index] else { continue }
            let parentState: State? = node.parent >= 0 ? states[node.parent] : nil
            var state = State()
            state.isDescriptive = parentState?.isDescriptive ?? false
            let inheritedLead = parentState.map { $0.contextLead ?? $0.lead } ?? rootContext
            let inheritedSupport = parentState?.support ?? []
            let hasChildren = node.children.contains { !isAttribute[$0] }
            let stated = attributes[index]
            let colonEnd = endsWithColon(range)
            let heading = node.marker != nil && !node.marker!.isBullet && isTitleLike(range)
            var a = assignments.read(range)
            for attribute in stated where attribute.kind != .due {
                let names = assignments.grammar.list(at: attribute.value.lowerBound, limit: attribute.value.upperBound).names
                if attribute.kind == .lead { a.lead = names; a.isExplicit = true }
                else { a.support = names.filter { !$0.isGeneric }; a.mentionsCoordination = true }
            }
            let ownLead = a.lead
            // "I. Đánh giá kết quả", "2. Tồn tại, hạn chế:", "I. MỤC ĐÍCH, YÊU CẦU": what follows is no assignment.
            if node.marker != nil, !node.marker!.isBullet, hasChildren || colonEnd, ownLead.isEmpty, isDescriptiveTitle(range) {
                state.isDescriptive = true
            }
            state.lead = ownLead.isEmpty ? inheritedLead : ownLead
            // Coordination passes down from a lead-in, not from a task above or to an item that names its own.
            let parentIsLeadIn = parentState.map { !$0.isTask } ?? false
            state.support = ownLead.isEmpty && !a.mentionsCoordination && parentIsLeadIn ? inheritedSupport : a.support

            if node.marker != nil { seenMarkedItem = true }
            // (a closing formula sets no due date: "... báo cáo trước ngày 25/5/2024./." is a task)
            let closing = (node.marker == nil && isClosing(range) || isLabelItem(range)
                || isDecisionClause(range, onlyGroupsAct: !ownLead.isEmpty && ownLead.allSatisfy(\.isGeneric)))
                && !setsDeadline(range)

            var isTask = false
            if state.isDescriptive || closing {
                isTask = false
            } else if node.marker != nil {
                let container = hasChildren && (colonEnd || heading)
                isTask = !container && !(colonEnd && !hasChildren) && !(heading && ownLead.isEmpty && !hasAction(range))
                // an item nobody is asked to do, telling what was done ("Năm 2012, ... đã tham mưu ..."), is a result
                if isTask, state.lead.isEmpty, firstClauseIsPast(range) { isTask = false }
                // "Điều 1. Phê duyệt ...", "Điều 1. Thành lập ...": what the decision decides
                if isTask, state.lead.isEmpty, node.marker?.kind == .article, documentType == "QĐ" || documentType == "NQ" { isTask = false }
            } else {
                // a paragraph without a marker
                if colonEnd {
                    isTask = false
                    if !ownLead.isEmpty {
                        if node.parent >= 0 { states[node.parent].contextLead = ownLead } else { rootContext = ownLead }
                    }
                } else if node.parent < 0 {
                    // outside the numbered items: only an explicit assignment makes a task ("..., Sở Nội vụ
                    // đề nghị UBND các huyện ..."); a paragraph naming no one goes on with the task before it
                    isTask = a.isExplicit && !ownLead.isEmpty && (seenMarkedItem || !isBackground(range))
                    if !isTask, ownLead.isEmpty, let ti = lastRootTask, drafts[ti].node == index - 1 {
                        drafts[ti].ranges.append(range)
                        drafts[ti].mentions += a.mentions
                        lastRootTask = ti
                        states[index] = state
                        continue
                    }
                } else if let ps = parentState, ps.isTask, let ti = ps.taskIndex, ownLead.isEmpty {
                    // continuation of the item above: its text goes with that task
                    drafts[ti].ranges.append(range)
                    drafts[ti].mentions += a.mentions
                    if drafts[ti].support.isEmpty { drafts[ti].support = a.support }
                    isTask = false
                } else {
                    isTask = !ownLead.isEmpty || !(state.lead.isEmpty) && hasAction(range)
                }
                if isTask, !ownLead.isEmpty, node.parent >= 0 {
                    states[node.parent].contextLead = ownLead
                }
            }
            // an item with label lines under it is a task: they say who does it and when
            if !stated.isEmpty, !state.isDescriptive, !closing, !hasChildren { isTask = true }
            state.isTask = isTask
            if isTask, node.parent < 0 { lastRootTask = drafts.count }
            if isTask {
                state.taskIndex = drafts.count
                drafts.append(Draft(node: index, ranges: [range], lead: state.lead, support: state.support, mentions: a.mentions,
                                    statedDue: stated.first { $0.kind == .due }?.value))
            }
            states[index] = state
        }
        return drafts.map(finish)
    }

    private func finish(_ d: Draft) -> ExtractedTask {
        let node = outline.nodes[d.node]
        let first = d.ranges.first!, last = d.ranges.last!
        let spanStart = t[first.lowerBound].start, spanEnd = t[last.upperBound - 1].end
        var text = ""
        for r in d.ranges {
            let part = layout.flatText(t[r.lowerBound].start..<t[r.upperBound - 1].end)
            text = text.isEmpty ? part : text + " " + part
        }
        var found = DeadlineReader.Found()
        for r in d.ranges {
            let f = deadlines.read(r, documentYear: documentYear, documentDate: documentDate, calendar: options.calendar)
            found.deadlines += f.deadlines
            if found.recurrence == nil { found.recurrence = f.recurrence }
            if found.relative == nil { found.relative = f.relative }
        }
        if let due = d.statedDue {
            let stated = deadlines.statedDue(due, documentYear: documentYear)
            found.deadlines += stated.deadlines
            if found.recurrence == nil { found.recurrence = stated.recurrence }
        }
        found.deadlines.sort { $0.date < $1.date }
        let named = assignments.unitMentions(lead: d.lead, support: d.support, mentioned: d.mentions)
        return ExtractedTask(section: node.section, text: text, lead: named.lead, support: named.support,
                             deadline: found.deadlines.first, milestones: found.deadlines, recurrence: found.recurrence,
                             relative: found.relative, span: TextSpan(start: spanStart, end: spanEnd), units: named.units)
    }

    func endsWithColon(_ range: Range<Int>) -> Bool {
        var k = range.upperBound - 1
        while k >= range.lowerBound, t[k].kind == .punct, s[t[k].start] == "*" { k -= 1 }
        return k >= range.lowerBound && t[k].kind == .punct && s[t[k].start] == ":"
    }

    /// A heading: short, no sentence inside, no closing full stop.
    func isTitleLike(_ range: Range<Int>) -> Bool {
        var words = 0
        for k in range {
            if t[k].kind == .word { words += 1 }
            if t[k].kind == .punct, s[t[k].start] == ".", k + 1 < range.upperBound, t[k + 1].isCapitalized, t[k + 1].spaceBefore { return false }
        }
        let last = t[range.upperBound - 1]
        if last.kind == .punct, s[last.start] == "." || s[last.start] == ";" { return false }
        return words <= 40
    }

    func isDescriptiveTitle(_ range: Range<Int>) -> Bool {
        if Self.descriptiveOpeners.match(t, at: range.lowerBound, limit: range.upperBound) > 0 { return true }
        var hasEvaluationWord = false, hasRemedy = false
        for k in range {
            if Self.descriptiveWords.match(t, at: k, limit: range.upperBound) > 0 { hasEvaluationWord = true }
            if Self.remedy.match(t, at: k, limit: range.upperBound) > 0 { hasRemedy = true }
        }
        if Self.framingOpeners.match(t, at: range.lowerBound, limit: range.upperBound) > 0 { return !hasRemedy }
        return hasEvaluationWord && !hasRemedy
    }

    /// A verb-led text rather than a noun phrase: anything longer than a heading or ending a sentence.
    func hasAction(_ range: Range<Int>) -> Bool {
        let last = t[range.upperBound - 1]
        return !isTitleLike(range) || (last.kind == .punct && s[last.start] == ".")
    }

    func setsDeadline(_ range: Range<Int>) -> Bool {
        !deadlines.read(range, documentYear: documentYear, documentDate: nil, calendar: nil).deadlines.isEmpty
    }

    /// The text ends with "./.", the mark that closes a document's body.
    func endsFormally(_ range: Range<Int>) -> Bool {
        let n = range.count
        return n >= 3 && t[range.upperBound - 1].kind == .punct && s[t[range.upperBound - 1].start] == "."
            && s[t[range.upperBound - 2].start] == "/" && s[t[range.upperBound - 3].start] == "."
    }

    /// "Nay thông báo ... thực hiện./.", "Yêu cầu Thủ trưởng các cơ quan ... nghiêm túc triển khai thực hiện./.", "Trên đây là ...".
    func isClosing(_ range: Range<Int>) -> Bool {
        let endsFormally = endsFormally(range)
        if Self.closingOpeners.match(t, at: range.lowerBound, limit: range.upperBound) > 0,
           Phrase("nay").matches(t, at: range.lowerBound) || Phrase("trên đây").matches(t, at: range.lowerBound) || endsFormally {
            return true
        }
        guard endsFormally else { return false }
        var words = 0
        for k in range where t[k].kind == .word { words += 1 }
        guard words <= 45 else { return false }
        for k in max(range.lowerBound, range.upperBound - 10)..<range.upperBound where Self.closingVerbs.match(t, at: k, limit: range.upperBound) > 0 {
            return true
        }
        return false
    }

    static let past = Phrase("đã")

    func firstClauseIsPast(_ range: Range<Int>) -> Bool {
        for k in range {
            if t[k].kind == .punct, ".;".unicodeScalars.contains(s[t[k].start]) { return false }
            if Self.past.matches(t, at: k) { return true }
        }
        return false
    }

    /// The closing clause of a decision or conclusion: "Quyết định này có hiệu lực kể từ ngày ký",
    /// "... chịu trách nhiệm thi hành Quyết định này", "Các cấp ủy ... triển khai thực hiện Kết luận này."
    func isDecisionClause(_ range: Range<Int>, onlyGroupsAct: Bool) -> Bool {
        var clause = false, binding = false, carryOut = false
        for k in range {
            if Self.decisionClause.match(t, at: k, limit: range.upperBound) > 0 { clause = true }
            if Self.decisionVerbs.match(t, at: k, limit: range.upperBound) > 0 { binding = true }
            if Self.carryOutVerbs.match(t, at: k, limit: range.upperBound) > 0 { carryOut = true }
        }
        // the last item of a directive: "... nghiêm túc thực hiện Chỉ thị này./."
        return clause && (binding || carryOut && (onlyGroupsAct || endsFormally(range)) && range.count <= 60)
    }

    /// "Thời gian: ...", "Kịch bản ứng phó: ...": a label (and at most two more words) then a colon.
    func isLabelItem(_ range: Range<Int>) -> Bool {
        let n = Self.labels.match(t, at: range.lowerBound, limit: range.upperBound)
        guard n > 0 else { return false }
        for k in (range.lowerBound + n)..<min(range.upperBound, range.lowerBound + n + 3) {
            if t[k].kind == .punct { return s[t[k].start] == ":" }
        }
        return false
    }

    /// An opening paragraph telling what happened ("Ngày 12/6/2023, tại ...", "Sau khi nghe ...").
    func isBackground(_ range: Range<Int>) -> Bool {
        Phrase("ngày").matches(t, at: range.lowerBound) || Phrase("sau khi").matches(t, at: range.lowerBound)
    }
}
