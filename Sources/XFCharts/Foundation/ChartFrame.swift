import XFText

/// Ids for one chart's elements, all under a caller-given prefix so several
/// charts on one page never clash.
struct ChartIDs {
    let prefix: String

    /// Keeps ASCII letters, digits, `-` and `_` (safe in attributes and `url(#…)`)
    /// and makes sure the id starts with a letter.
    init(prefix: String) {
        var cleaned = ""
        for scalar in prefix.unicodeScalars {
            let isSafe = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            cleaned.unicodeScalars.append(isSafe ? scalar : "_")
        }
        if cleaned.unicodeScalars.first.map({ !($0.isASCII && $0.properties.isAlphabetic) }) ?? true {
            cleaned = "c" + cleaned
        }
        self.prefix = cleaned
    }

    var title: String { prefix + "-title" }
    var desc: String { prefix + "-desc" }

    func id(_ name: String) -> String { prefix + "-" + name }
}

/// The root `<svg>`: scalable (`viewBox`, width 100%), labelled for assistive
/// technology, with fonts set by class and a system CJK stack as fallback.
enum ChartFrame {
    /// Presentation attribute, so any page CSS rule on `.xf-chart` overrides it.
    static let fallbackFonts = "system-ui, -apple-system, PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC, sans-serif"
    /// viewBox width of the full-size charts: narrow enough that text stays
    /// readable when a 375 px phone scales the chart down, wide enough for 24 months.
    static let standardWidth = 480.0
    static let fontSize = 12.0
    static let smallFontSize = 11.0

    static func wrap(kind: String, width: Double, height: Double, ids: ChartIDs, title: String, description: String, defs: PatternDefs, body: SVGBuffer) -> String {
        var svg = SVGBuffer(capacity: body.bytes.count + 1024)
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "xf-chart xf-chart-" + kind),
            ("viewBox", "0 0 \(px(width)) \(px(height))"),
            ("width", "100%"),
            ("preserveAspectRatio", "xMinYMin meet"),
            ("role", "img"),
            ("aria-labelledby", ids.title + " " + ids.desc),
            ("font-family", fallbackFonts),
            ("font-size", px(fontSize)),
            ("fill", Palette.ink),
            ("style", "max-width:100%;height:auto"),
        ])
        svg.element("title", [("id", ids.title)], text: title)
        svg.element("desc", [("id", ids.desc)], text: description)
        if !defs.isEmpty { svg.appendMarkup(defs.markup) }
        svg.appendMarkup(body)
        svg.close("svg")
        return svg.markup
    }

    /// The centred "无数据" notice for empty or all-zero input.
    static func noData(into svg: inout SVGBuffer, x: Double, y: Double) {
        svg.element("text", [
            ("class", "xf-chart-empty"), ("x", px(x)), ("y", px(y)),
            ("text-anchor", "middle"), ("fill", Palette.muted), ("font-size", "14"),
        ], text: noDataText)
    }

    static let noDataText = "无数据"
}
