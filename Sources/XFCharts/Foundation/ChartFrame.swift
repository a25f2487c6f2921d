import XFText

/// Ids for one chart's elements, all under a caller-given prefix so several
/// charts on one page never clash.
struct ChartIDs {
    let prefix: String

    /// Keeps ASCII letters, digits, `-` and `_` (safe in attributes and `url(#…)`)
    /// and makes sure the id starts with a letter.
    init(prefix: String) {
        // Callers pass ids like `t-cases`: kept as they are, without the scalar-by-scalar rebuild.
        if let first = prefix.utf8.first, Self.isLetter(first),
           prefix.utf8.allSatisfy({ Self.isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F }) {
            self.prefix = prefix
            return
        }
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

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    var title: String { prefix + "-title" }
    var desc: String { prefix + "-desc" }

    func id(_ name: String) -> String { prefix + "-" + name }
}

/// What every chart shares: fonts (set by class, with a system CJK stack as
/// fallback), the standard width and the "无数据" notice.
enum ChartFrame {
    /// Presentation attribute, so any page CSS rule on `.xf-chart` overrides it.
    static let fallbackFonts = "system-ui, -apple-system, PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC, sans-serif"
    /// viewBox width of the full-size charts: narrow enough that text stays
    /// readable when a 375 px phone scales the chart down, wide enough for 24 months.
    static let standardWidth = 480.0
    /// Plot height of the monthly bar and trend charts, the same for both so
    /// that charts side by side on a page line up.
    static let monthlyPlotHeight = 170.0
    static let fontSize = 12.0
    static let smallFontSize = 11.0

    /// The centred "无数据" notice for empty or all-zero input.
    static func noData(into svg: inout SVGBuffer, x: Double, y: Double) {
        svg.element("text", [
            ("class", "xf-chart-empty"), ("x", px(x)), ("y", px(y)),
            ("text-anchor", "middle"), ("fill", Palette.muted), ("font-size", "14"),
        ], text: noDataText)
    }

    static let noDataText = "无数据"
}

/// One chart as it is drawn: its ids under the caller's prefix, the pattern
/// definitions registered so far and the body. `finish` wraps them in the root
/// `<svg>`, scalable (`viewBox`, width 100%) and labelled by title and
/// description for assistive technology.
struct ChartCanvas {
    let kind: String
    let title: String
    let width: Double
    let ids: ChartIDs
    var defs: PatternDefs
    var svg = SVGBuffer()

    init(kind: String, title: String, idPrefix: String, width: Double) {
        self.kind = kind
        self.title = title
        self.width = width
        ids = ChartIDs(prefix: idPrefix)
        defs = PatternDefs(ids: ids)
    }

    /// The legend across the top, wrapping before the right margin; returns its height.
    mutating func drawLegend(_ entries: [LegendEntry]) -> Double {
        Legend.draw(entries, x: 8, y: 4, maxX: width - 8, into: &svg)
    }

    func finish(height: Double, description: String, table: ChartTable) -> RenderedChart {
        var root = SVGBuffer(capacity: svg.bytes.count + description.utf8.count + 1024)
        // The fixed runs between the variable pieces are stamped (`RootTag`).
        root.appendMarkup(RootTag.start)
        root.value(kind)
        root.appendMarkup(RootTag.viewBox)
        root.value(coordinate: width)
        root.value(" ")
        root.value(coordinate: height)
        root.appendMarkup(RootTag.labelledBy)
        root.value(ids.title)
        root.value(" ")
        root.value(ids.desc)
        root.appendMarkup(RootTag.presentation)
        root.value(ids.title)
        root.appendMarkup(RootTag.idEnd)
        root.content(title)
        root.appendMarkup(RootTag.desc)
        root.value(ids.desc)
        root.appendMarkup(RootTag.idEnd)
        root.content(description)
        root.close("desc")
        if !defs.isEmpty { root.appendMarkup(defs.markup) }
        root.appendMarkup(svg)
        root.close("svg")
        return RenderedChart(svgBytes: root.bytes, table: table, description: description)
    }
}

/// The root `<svg>` tag and its `<title>` and `<desc>`, every chart of every
/// page: the runs that never change, drawn once with the same calls
/// (`ChartCanvas.finish` puts kind, size, ids and texts between them).
private enum RootTag {
    static let start = stamp { root in
        root.begin("svg")
        root.attribute("xmlns", "http://www.w3.org/2000/svg")
        root.beginAttribute("class")
        root.value("xf-chart xf-chart-")
    }
    static let viewBox = stamp { root in
        root.endAttribute()
        root.beginAttribute("viewBox")
        root.value("0 0 ")
    }
    static let labelledBy = stamp { root in
        root.endAttribute()
        root.attribute("width", "100%")
        root.attribute("preserveAspectRatio", "xMinYMin meet")
        root.attribute("role", "img")
        root.beginAttribute("aria-labelledby")
    }
    /// The attributes after the labels, the start tag's end and `<title id="`.
    static let presentation = stamp { root in
        root.endAttribute()
        root.attribute("font-family", ChartFrame.fallbackFonts)
        root.attribute("font-size", coordinate: ChartFrame.fontSize)
        root.attribute("fill", Palette.ink)
        root.attribute("style", "max-width:100%;height:auto")
        root.endOpen()
        root.begin("title")
        root.beginAttribute("id")
    }
    /// `">`: the id ends, the text follows.
    static let idEnd = stamp { root in
        root.endAttribute()
        root.beginContent()
    }
    /// `</title>` and `<desc id="`.
    static let desc = stamp { root in
        root.close("title")
        root.begin("desc")
        root.beginAttribute("id")
    }

    private static func stamp(_ draw: (inout SVGBuffer) -> Void) -> SVGBuffer {
        var buffer = SVGBuffer()
        draw(&buffer)
        return buffer
    }
}
