import XFTemplates

/// One KPI card: value with unit, target band (colour plus glyph and words),
/// 环比/同比 with arrow and words, and a 12-month sparkline with its numbers.
struct KPICard: TemplateModel {
    var label: String
    var value: String
    var unit: String
    var band: BandCue?
    var target: String?
    var changes: [ChangeView]
    /// The 12-month sparkline; its numbers are in the cards' shared table (`KPIBlock`).
    var spark: TrustedMarkup?
    var href: String?
    /// What the figure counts, with its two numbers, period, as-of date and legal basis.
    var rule: RuleView?

    static let fields = TemplateFields<KPICard>(
        .field("label", \.label), .field("value", \.value), .field("unit", \.unit), .field("band", \.band), .field("target", \.target),
        .field("changes", \.changes), .field("spark", \.spark), .field("href", \.href), .field("rule", \.rule))
}

/// An indicator's rule for one figure (IndicatorRule's lines), opened with `<details>`.
struct RuleView: TemplateModel {
    var lines: [String]

    static let fields = TemplateFields<RuleView>(.field("lines", \.lines))
}

/// The KPI cards of a page and, beside them, one table with their last 12 months.
struct KPIBlock: TemplateModel {
    var cards: [KPICard]
    var table: DataTable
    var count: Int { cards.count }

    static let fields = TemplateFields<KPIBlock>(.field("cards", \.cards), .field("count", \.count), .field("table", \.table))
}

/// A plain table (caption, column heads, rows) shown with the data-table partial.
struct DataTable: TemplateModel {
    var caption: String
    var columns: [String]
    var rows: [PlainRow]

    static let fields = TemplateFields<DataTable>(.field("caption", \.caption), .field("columns", \.columns), .field("rows", \.rows))
}

/// A target band as a CSS class, a shape glyph and a word, so it never relies on colour.
struct BandCue: TemplateModel {
    var name, glyph, label: String

    static let fields = TemplateFields<BandCue>(.field("name", \.name), .field("glyph", \.glyph), .field("label", \.label))
}

struct ChangeView: TemplateModel {
    /// `tone`: good, bad or neutral (CSS only; the words carry the meaning).
    var base, glyph, text, tone: String

    static let fields = TemplateFields<ChangeView>(.field("base", \.base), .field("glyph", \.glyph), .field("text", \.text), .field("tone", \.tone))
}

/// A chart with the same numbers in a `<details>` table beside it.
struct ChartView: TemplateModel {
    var id: String
    var title: String
    var svg: TrustedMarkup
    var summary: String
    var caption: String
    var columns: [String]
    var rows: [PlainRow]
    var wide: Bool

    static let fields = TemplateFields<ChartView>(
        .field("id", \.id), .field("title", \.title), .field("svg", \.svg), .field("summary", \.summary), .field("caption", \.caption),
        .field("columns", \.columns), .field("rows", \.rows), .field("wide", \.wide))
}

/// A row of a chart's data table: plain text cells (`{{.}}` in the template), so
/// the hundreds of cells a page holds cost one string each, not one object each.
struct PlainRow: TemplateModel {
    var head: String
    var href: String?
    var cells: [String]

    static let fields = TemplateFields<PlainRow>(.field("head", \.head), .field("href", \.href), .field("cells", \.cells))
}

/// A table row: the first cell is the row header; cells may carry a band and a link.
struct TableRow: TemplateModel {
    var head: String
    var href: String?
    var cells: [TableCell]

    static let fields = TemplateFields<TableRow>(.field("head", \.head), .field("href", \.href), .field("cells", \.cells))
}

struct TableCell: TemplateModel {
    var text: String
    var band: BandCue?

    static let fields = TemplateFields<TableCell>(.field("text", \.text), .field("band", \.band))
}

/// A labelled figure in a compact list (reception and publicity sections).
struct FigureLine: TemplateModel {
    var label, month, ytd, unit, change: String

    static let fields = TemplateFields<FigureLine>(
        .field("label", \.label), .field("month", \.month), .field("ytd", \.ytd), .field("unit", \.unit), .field("change", \.change))
}
