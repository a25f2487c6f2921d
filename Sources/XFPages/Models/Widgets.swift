import XFTemplates

/// One KPI card: value with unit, target band (colour plus glyph and words),
/// 环比/同比 with arrow and words, and a 12-month sparkline with its numbers.
struct KPICard: Encodable {
    var label: String
    var value: String
    var unit: String
    var band: BandCue?
    var target: String?
    var changes: [ChangeView]
    var spark: ChartView?
    var href: String?
}

/// A target band as a CSS class, a shape glyph and a word, so it never relies on colour.
struct BandCue: Encodable {
    var name: String
    var glyph: String
    var label: String
}

struct ChangeView: Encodable {
    var base: String
    var glyph: String
    var text: String
    /// good, bad or neutral (CSS only; the words carry the meaning).
    var tone: String
}

/// A chart with the same numbers in a `<details>` table beside it.
struct ChartView: Encodable {
    var id: String
    var title: String
    var svg: TrustedMarkup
    var summary: String
    var caption: String
    var columns: [String]
    var rows: [TableRow]
    var wide: Bool
}

/// A table row: the first cell is the row header; cells may carry a band and a link.
struct TableRow: Encodable {
    var head: String
    var href: String?
    var cells: [TableCell]
}

struct TableCell: Encodable {
    var text: String
    var band: BandCue?
}

/// A labelled figure in a compact list (reception and publicity sections).
struct FigureLine: Encodable {
    var label: String
    var month: String
    var ytd: String
    var unit: String
    var change: String
}
