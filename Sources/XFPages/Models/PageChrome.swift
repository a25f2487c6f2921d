import XFTemplates

/// What every page's layout shows around its content: titles, the `../` prefix
/// to the intranet root, the main navigation and, on snapshot pages, the month bar.
struct PageChrome: Encodable {
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
}

struct NavLink: Encodable {
    var label: String
    var href: String
    var current: Bool
}

/// Previous/next month and a picker that works without JavaScript: a
/// `<details>` list of every month, grouped by year.
struct MonthBar: Encodable {
    var title: String
    var asOfNote: String
    var previous: NavLink?
    var next: NavLink?
    var years: [PickerYear]
    /// 概览 / 超期清单 / 打印月报 of this month.
    var tabs: [NavLink]
}

struct PickerYear: Encodable {
    var year: String
    var months: [NavLink]
}
