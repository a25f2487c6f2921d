import XFTemplates

/// What every page's layout shows around its content: titles, the `../` prefix
/// to the intranet root, the main navigation and, on snapshot pages, the month bar.
struct PageChrome: PreparedTemplateValue {
    /// `../` prefix from this page back to `intranet/`.
    var root: String
    /// The `<title>`: page name · site title.
    var pageTitle: String
    var siteTitle: String
    var organisation: String
    var nav: [NavLink]
    var months: MonthBar?
    /// Extra class on `<body>` (e.g. `page-brief`).
    var bodyClass: String
    var generatedNote: String

    static let shape = TemplateShape(["root", "pageTitle", "siteTitle", "organisation", "nav", "months", "bodyClass", "generatedNote"])

    var templateValue: TemplateValue {
        Self.shape.object([
            ("root", .string(root)), ("pageTitle", .string(pageTitle)), ("siteTitle", .string(siteTitle)),
            ("organisation", .string(organisation)), ("nav", nav.templateValue), ("months", months.templateValue),
            ("bodyClass", .string(bodyClass)), ("generatedNote", .string(generatedNote)),
        ])
    }
}

struct NavLink: PreparedTemplateValue {
    var label: String
    var href: String
    var current: Bool

    static let shape = TemplateShape(["label", "href", "current"])

    var templateValue: TemplateValue {
        Self.shape.object([("label", .string(label)), ("href", .string(href)), ("current", .bool(current))])
    }
}

/// Previous/next month and a picker that works without JavaScript: a
/// `<details>` list of every month, grouped by year.
struct MonthBar: PreparedTemplateValue {
    var title: String
    var asOfNote: String
    var previous: NavLink?
    var next: NavLink?
    var years: [PickerYear]
    /// 概览 / 超期清单 / 打印月报 of this month.
    var tabs: [NavLink]

    static let shape = TemplateShape(["title", "asOfNote", "previous", "next", "years", "tabs"])

    var templateValue: TemplateValue {
        Self.shape.object([
            ("title", .string(title)), ("asOfNote", .string(asOfNote)), ("previous", previous.templateValue),
            ("next", next.templateValue), ("years", years.templateValue), ("tabs", tabs.templateValue),
        ])
    }
}

struct PickerYear: PreparedTemplateValue {
    var year: String
    var months: [NavLink]

    static let shape = TemplateShape(["year", "months"])

    var templateValue: TemplateValue { Self.shape.object([("year", .string(year)), ("months", months.templateValue)]) }
}
