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

    var templateValue: TemplateValue {
        .object(TemplateObject([
            ("root", .string(root)), ("pageTitle", .string(pageTitle)), ("siteTitle", .string(siteTitle)),
            ("organisation", .string(organisation)), ("nav", nav.templateValue), ("months", months.templateValue),
            ("bodyClass", .string(bodyClass)), ("generatedNote", .string(generatedNote)),
        ]))
    }
}

struct NavLink: PreparedTemplateValue {
    var label: String
    var href: String
    var current: Bool

    var templateValue: TemplateValue {
        .object(TemplateObject([("label", .string(label)), ("href", .string(href)), ("current", .bool(current))]))
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

    var templateValue: TemplateValue {
        .object(TemplateObject([
            ("title", .string(title)), ("asOfNote", .string(asOfNote)), ("previous", previous.templateValue),
            ("next", next.templateValue), ("years", years.templateValue), ("tabs", tabs.templateValue),
        ]))
    }
}

struct PickerYear: PreparedTemplateValue {
    var year: String
    var months: [NavLink]

    var templateValue: TemplateValue { .object(TemplateObject([("year", .string(year)), ("months", months.templateValue)])) }
}
