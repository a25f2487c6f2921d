import XFTemplates

/// One KPI card: value with unit, target band (colour plus glyph and words),
/// 环比/同比 with arrow and words, and a 12-month sparkline with its numbers.
struct KPICard: PreparedTemplateValue {
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

    static let shape = TemplateShape(["label", "value", "unit", "band", "target", "changes", "spark", "href", "rule"])

    var templateValue: TemplateValue {
        Self.shape.object([
            ("label", .string(label)), ("value", .string(value)), ("unit", .string(unit)), ("band", band.templateValue),
            ("target", target.templateValue), ("changes", changes.templateValue), ("spark", spark.map { .markup($0) } ?? .null),
            ("href", href.templateValue), ("rule", rule.templateValue),
        ])
    }
}

/// An indicator's rule for one figure (IndicatorRule's lines), opened with `<details>`.
struct RuleView: PreparedTemplateValue {
    var lines: [String]

    static let shape = TemplateShape(["lines"])

    var templateValue: TemplateValue { Self.shape.object([("lines", lines.templateValue)]) }
}

/// The KPI cards of a page and, beside them, one table with their last 12 months.
struct KPIBlock: PreparedTemplateValue {
    var cards: [KPICard]
    var table: DataTable

    static let shape = TemplateShape(["cards", "count", "table"])

    var templateValue: TemplateValue {
        Self.shape.object([("cards", cards.templateValue), ("count", .integer(cards.count)), ("table", table.templateValue)])
    }
}

/// A plain table (caption, column heads, rows) shown with the data-table partial.
struct DataTable: PreparedTemplateValue {
    var caption: String
    var columns: [String]
    var rows: [PlainRow]

    static let shape = TemplateShape(["caption", "columns", "rows"])

    var templateValue: TemplateValue {
        Self.shape.object([("caption", .string(caption)), ("columns", columns.templateValue), ("rows", rows.templateValue)])
    }
}

/// A target band as a CSS class, a shape glyph and a word, so it never relies on colour.
struct BandCue: PreparedTemplateValue {
    var name: String
    var glyph: String
    var label: String

    static let shape = TemplateShape(["name", "glyph", "label"])

    var templateValue: TemplateValue {
        Self.shape.object([("name", .string(name)), ("glyph", .string(glyph)), ("label", .string(label))])
    }
}

struct ChangeView: PreparedTemplateValue {
    var base: String
    var glyph: String
    var text: String
    /// good, bad or neutral (CSS only; the words carry the meaning).
    var tone: String

    static let shape = TemplateShape(["base", "glyph", "text", "tone"])

    var templateValue: TemplateValue {
        Self.shape.object([("base", .string(base)), ("glyph", .string(glyph)), ("text", .string(text)), ("tone", .string(tone))])
    }
}

/// A chart with the same numbers in a `<details>` table beside it.
struct ChartView: PreparedTemplateValue {
    var id: String
    var title: String
    var svg: TrustedMarkup
    var summary: String
    var caption: String
    var columns: [String]
    var rows: [PlainRow]
    var wide: Bool

    static let shape = TemplateShape(["id", "title", "svg", "summary", "caption", "columns", "rows", "wide"])

    var templateValue: TemplateValue {
        Self.shape.object([
            ("id", .string(id)), ("title", .string(title)), ("svg", .markup(svg)), ("summary", .string(summary)),
            ("caption", .string(caption)), ("columns", columns.templateValue), ("rows", rows.templateValue), ("wide", .bool(wide)),
        ])
    }
}

/// A row of a chart's data table: plain text cells (`{{.}}` in the template), so
/// the hundreds of cells a page holds cost one string each, not one object each.
struct PlainRow: PreparedTemplateValue {
    var head: String
    var href: String?
    var cells: [String]

    static let shape = TemplateShape(["head", "href", "cells"])

    var templateValue: TemplateValue {
        Self.shape.object([("head", .string(head)), ("href", href.templateValue), ("cells", cells.templateValue)])
    }
}

/// A table row: the first cell is the row header; cells may carry a band and a link.
struct TableRow: PreparedTemplateValue {
    var head: String
    var href: String?
    var cells: [TableCell]

    static let shape = TemplateShape(["head", "href", "cells"])

    var templateValue: TemplateValue {
        Self.shape.object([("head", .string(head)), ("href", href.templateValue), ("cells", cells.templateValue)])
    }
}

struct TableCell: PreparedTemplateValue {
    var text: String
    var band: BandCue?

    static let shape = TemplateShape(["text", "band"])

    var templateValue: TemplateValue {
        Self.shape.object([("text", .string(text)), ("band", band.templateValue)])
    }
}

/// A labelled figure in a compact list (reception and publicity sections).
struct FigureLine: PreparedTemplateValue {
    var label: String
    var month: String
    var ytd: String
    var unit: String
    var change: String

    static let shape = TemplateShape(["label", "month", "ytd", "unit", "change"])

    var templateValue: TemplateValue {
        Self.shape.object([("label", .string(label)), ("month", .string(month)), ("ytd", .string(ytd)),
                                ("unit", .string(unit)), ("change", .string(change))])
    }
}
