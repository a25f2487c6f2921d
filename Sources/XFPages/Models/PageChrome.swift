import XFTemplates

/// What every page's layout shows around its content: titles, the `../` prefix
/// to the intranet root, the main navigation and, on snapshot pages, the month bar.
struct PageChrome: TemplateModel {
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

    static let fields = TemplateFields<PageChrome>(
        .field("root", \.root), .field("pageTitle", \.pageTitle), .field("siteTitle", \.siteTitle), .field("organisation", \.organisation),
        .field("nav", \.nav), .field("months", \.months), .field("bodyClass", \.bodyClass), .field("generatedNote", \.generatedNote))
}

struct NavLink: TemplateModel {
    var label: String
    var href: String
    var current: Bool

    static let fields = TemplateFields<NavLink>(.field("label", \.label), .field("href", \.href), .field("current", \.current))
}

/// Previous/next month and a picker that works without JavaScript: a
/// `<details>` list of every month, grouped by year.
struct MonthBar: TemplateModel {
    var title: String
    var asOfNote: String
    var previous: NavLink?
    var next: NavLink?
    var years: [PickerYear]
    /// 概览 / 超期清单 / 打印月报 of this month.
    var tabs: [NavLink]

    static let fields = TemplateFields<MonthBar>(
        .field("title", \.title), .field("asOfNote", \.asOfNote), .field("previous", \.previous), .field("next", \.next), .field("years", \.years),
        .field("tabs", \.tabs))
}

struct PickerYear: TemplateModel {
    var year: String
    var months: [NavLink]

    static let fields = TemplateFields<PickerYear>(.field("year", \.year), .field("months", \.months))
}
