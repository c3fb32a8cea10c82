/// A horizontal bar chart drawn on the server as SVG: one bar per item with its
/// label on the left and its value on the right, each bar a link to the tasks
/// behind it. Accessible: a title and a description name the chart, and every
/// bar has its own title with the full label and value.
struct BarChart {
    struct Bar {
        let label: String
        let value: Double
        /// The value as printed ("91,8%").
        let valueText: String
        let link: String?
    }

    let title: String
    let description: String
    let bars: [Bar]
    /// The value of a full-length bar (100 for rates).
    let scale: Double
    var id = "bar-chart"

    let width = 640.0
    let labelWidth = 230.0
    let valueWidth = 70.0
    let rowHeight = 26.0
    let top = 34.0

    var svg: String {
        let height = top + rowHeight * Double(max(bars.count, 1)) + 10
        let track = width - labelWidth - valueWidth
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(SVGText.number(width)) \(SVGText.number(height))" \
            role="img" aria-labelledby="\(id)-title \(id)-desc" font-family="system-ui, sans-serif" font-size="13">
            <title id="\(id)-title">\(SVGText.escape(title))</title>
            <desc id="\(id)-desc">\(SVGText.escape(description))</desc>
            <text x="8" y="20" font-weight="600" font-size="14">\(SVGText.escape(title))</text>

            """
        if bars.isEmpty {
            out += "<text x=\"8\" y=\"\(SVGText.number(top + 16))\" fill=\"#666\">Chưa có số liệu.</text>\n"
        }
        for (i, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(i)
            let length = scale > 0 ? max(0, min(1, bar.value / scale)) * track : 0
            let label = SVGText.escape(SVGText.shortened(bar.label, to: 32))
            var row = """
                <g><title>\(SVGText.escape(bar.label)): \(SVGText.escape(bar.valueText))</title>\
                <text x="\(SVGText.number(labelWidth - 8))" y="\(SVGText.number(y + 17))" text-anchor="end">\(label)</text>\
                <rect x="\(SVGText.number(labelWidth))" y="\(SVGText.number(y + 4))" width="\(SVGText.number(track))" height="18" fill="#eef1f5"/>\
                <rect x="\(SVGText.number(labelWidth))" y="\(SVGText.number(y + 4))" width="\(SVGText.number(length))" height="18" fill="#1f5fa8"/>\
                <text x="\(SVGText.number(labelWidth + track + 6))" y="\(SVGText.number(y + 17))">\(SVGText.escape(bar.valueText))</text></g>
                """
            if let link = bar.link { row = "<a href=\"\(SVGText.escape(link))\">\(row)</a>" }
            out += row + "\n"
        }
        return out + "</svg>"
    }
}
