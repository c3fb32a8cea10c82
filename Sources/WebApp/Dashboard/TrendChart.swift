import Reports

/// Month by month: a column per month (a count, left scale) and a line over
/// them (a rate in %, right scale 0–100), drawn as SVG on the server. Months
/// without a rate break the line. Each column links to the tasks behind it.
struct TrendChart {
    struct Point {
        /// "T3/2026".
        let label: String
        let count: Int
        /// 0...1, nil when there is nothing to divide by.
        let rate: Double?
        let link: String?
    }

    let title: String
    let description: String
    let countName: String
    let rateName: String
    let points: [Point]
    var id = "trend-chart"

    let width = 640.0
    let height = 280.0
    let left = 44.0, right = 44.0, top = 48.0, bottom = 40.0

    var svg: String {
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let maxCount = max(1, points.map(\.count).max() ?? 1)
        let step = points.isEmpty ? plotWidth : plotWidth / Double(points.count)
        func x(_ i: Int) -> Double { left + step * (Double(i) + 0.5) }
        func yCount(_ n: Int) -> Double { top + plotHeight * (1 - Double(n) / Double(maxCount)) }
        func yRate(_ r: Double) -> Double { top + plotHeight * (1 - min(1, max(0, r))) }

        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(SVGText.number(width)) \(SVGText.number(height))" \
            role="img" aria-labelledby="\(id)-title \(id)-desc" font-family="system-ui, sans-serif" font-size="12">
            <title id="\(id)-title">\(SVGText.escape(title))</title>
            <desc id="\(id)-desc">\(SVGText.escape(description))</desc>
            <text x="8" y="20" font-weight="600" font-size="14">\(SVGText.escape(title))</text>
            <rect x="\(SVGText.number(left))" y="28" width="10" height="10" fill="#9db8d9"/>\
            <text x="\(SVGText.number(left + 14))" y="37">\(SVGText.escape(countName))</text>
            <line x1="\(SVGText.number(left + 250))" y1="33" x2="\(SVGText.number(left + 270))" y2="33" stroke="#c0392b" stroke-width="2"/>\
            <text x="\(SVGText.number(left + 274))" y="37">\(SVGText.escape(rateName))</text>
            <line x1="\(SVGText.number(left))" y1="\(SVGText.number(top + plotHeight))" x2="\(SVGText.number(width - right))" \
            y2="\(SVGText.number(top + plotHeight))" stroke="#999"/>
            <text x="\(SVGText.number(left - 6))" y="\(SVGText.number(top + 4))" text-anchor="end">\(maxCount)</text>\
            <text x="\(SVGText.number(left - 6))" y="\(SVGText.number(top + plotHeight))" text-anchor="end">0</text>\
            <text x="\(SVGText.number(width - right + 6))" y="\(SVGText.number(top + 4))">100%</text>\
            <text x="\(SVGText.number(width - right + 6))" y="\(SVGText.number(top + plotHeight))">0%</text>

            """
        let columnWidth = max(4, step * 0.6)
        for (i, point) in points.enumerated() {
            let y = yCount(point.count)
            let rateText = point.rate.map { VietnameseNumber.percent($0) } ?? "chưa có số liệu"
            var column = """
                <g><title>\(SVGText.escape(point.label)): \(SVGText.escape(countName)) \(point.count); \
                \(SVGText.escape(rateName)) \(SVGText.escape(rateText))</title>\
                <rect x="\(SVGText.number(x(i) - columnWidth / 2))" y="\(SVGText.number(y))" width="\(SVGText.number(columnWidth))" \
                height="\(SVGText.number(top + plotHeight - y))" fill="#9db8d9"/>\
                <text x="\(SVGText.number(x(i)))" y="\(SVGText.number(height - bottom + 16))" text-anchor="middle">\(SVGText.escape(point.label))</text></g>
                """
            if let link = point.link { column = "<a href=\"\(SVGText.escape(link))\">\(column)</a>" }
            out += column + "\n"
        }
        // The rate line, broken where a month has no rate.
        var segment: [String] = []
        func flush() {
            if segment.count > 1 {
                out += "<polyline fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" points=\"\(segment.joined(separator: " "))\"/>\n"
            }
            segment = []
        }
        for (i, point) in points.enumerated() {
            guard let rate = point.rate else { flush(); continue }
            segment.append("\(SVGText.number(x(i))),\(SVGText.number(yRate(rate)))")
            out += "<circle cx=\"\(SVGText.number(x(i)))\" cy=\"\(SVGText.number(yRate(rate)))\" r=\"3\" fill=\"#c0392b\"/>\n"
        }
        flush()
        return out + "</svg>"
    }
}
