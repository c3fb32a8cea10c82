/// The tree of items in the body: each numbered, lettered or bulleted
/// paragraph hangs under the nearest item of an outer level; a paragraph
/// without a marker hangs under the item before it.
struct DocumentOutline {
    struct Node {
        var paragraph: Int
        var marker: ItemMarker?
        var parent: Int          // node index, -1 at the top
        var children: [Int] = []
        var section: String = ""
    }

    var nodes: [Node] = []

    /// The section of the text before paragraph `p` (for a table placed under a heading).
    func section(before p: Int) -> String {
        // nodes are in paragraph order: binary search for the last one before `p`
        var lo = 0, hi = nodes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if nodes[mid].paragraph < p { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? nodes[lo - 1].section : ""
    }

    init(paragraphs: [Paragraph], body: Range<Int>) {
        var stack: [Int] = []
        for p in body where !paragraphs[p].isTableRow {
            let marker = paragraphs[p].marker
            if let marker {
                while let top = stack.last, nodes[top].marker!.rank >= marker.rank { stack.removeLast() }
            }
            let parent = stack.last ?? -1
            let index = nodes.count
            nodes.append(Node(paragraph: p, marker: marker, parent: parent))
            if parent >= 0 { nodes[parent].children.append(index) }
            if marker != nil { stack.append(index) }
            nodes[index].section = sectionPath(of: index)
        }
    }

    /// "II.2.2.a": labels of the enclosing items, a numbered label replacing the one it extends ("2" → "2.2").
    func sectionPath(of index: Int) -> String {
        var labels: [String] = []
        var k = index
        var guardSteps = 0
        while k >= 0, guardSteps < 64 {
            if let m = nodes[k].marker, !m.isBullet, !m.label.isEmpty { labels.append(m.label) }
            k = nodes[k].parent
            guardSteps += 1
        }
        labels.reverse()
        var out: [String] = []
        for label in labels {
            if let last = out.last, label.hasPrefix(last + "."), last.first?.isNumber == true { out[out.count - 1] = label }
            else { out.append(label) }
        }
        return out.joined(separator: ".")
    }
}
