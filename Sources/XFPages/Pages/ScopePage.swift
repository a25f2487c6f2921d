import XFIndicators
import XFRecords
import XFTemplates

/// The drill-down of one unit or domain in one month:
/// `snapshots/YYYY-MM/units/<slug>.html` and `…/domains/<slug>.html` (one file per
/// drill-down, not a folder each: a million-case site has 60,000 of them).
/// Drill-downs are nine pages in ten, so the model prepares its value tree itself.
struct ScopePageModel: PreparedTemplateValue {
    var root: String
    var chrome: PageChrome
    var heading: String
    var kindLabel: String
    var backHref: String
    var kpis: KPIBlock
    var trends: [ChartView]
    var channelShare: ChartView
    var overdue: [OverdueTable]
    var activity: ActivitySection?
    var overdueHref: String
    var overdueCSVHref: String

    static let shape = TemplateShape(["root", "chrome", "heading", "kindLabel", "backHref", "kpis", "trends", "channelShare", "overdue", "activity", "overdueHref", "overdueCSVHref"])

    var templateValue: TemplateValue {
        Self.shape.object([
            ("root", .string(root)), ("chrome", chrome.templateValue), ("heading", .string(heading)),
            ("kindLabel", .string(kindLabel)), ("backHref", .string(backHref)), ("kpis", kpis.templateValue),
            ("trends", trends.templateValue), ("channelShare", channelShare.templateValue), ("overdue", overdue.templateValue),
            ("activity", activity.templateValue), ("overdueHref", .string(overdueHref)),
            ("overdueCSVHref", .string(overdueCSVHref)),
        ])
    }
}

/// A titled list of late cases, or a line saying there are none. At most `limit`
/// rows (the longest overdue); `more` then says how many are not shown.
struct OverdueTable: PreparedTemplateValue {
    var title: String
    var id: String
    var count: Int
    var hasRows: Bool
    var overdueRows: [OverdueRow]
    var more: String?

    static let shape = TemplateShape(["title", "id", "count", "hasRows", "overdueRows", "more"])

    var templateValue: TemplateValue {
        Self.shape.object([("title", .string(title)), ("id", .string(id)), ("count", .integer(count)),
                           ("hasRows", .bool(hasRows)), ("overdueRows", overdueRows.templateValue),
                           ("more", more.map { .string($0) } ?? .null)])
    }

    /// The two tables of a page from lists sorted longest overdue first; `row` is
    /// called only for the rows shown.
    static func pair(unclosed: [OverdueCase], unaccepted: [OverdueCase], limit: Int,
                     row: (OverdueCase) -> OverdueRow) -> [OverdueTable] {
        [table("超期未办结", "unclosed", unclosed, limit: limit, row: row),
         table("超期未受理", "unaccepted", unaccepted, limit: limit, row: row)]
    }

    static func table(_ title: String, _ id: String, _ cases: [OverdueCase], limit: Int,
                      row: (OverdueCase) -> OverdueRow) -> OverdueTable {
        let shown = cases.prefix(limit).map(row)
        let more = cases.count > limit
            ? "共\(cases.count)件，这里列出超期最久的\(limit)件，其余\(cases.count - limit)件见完整清单（overdue.csv）。"
            : nil
        return OverdueTable(title: title, id: id, count: cases.count, hasRows: !shown.isEmpty, overdueRows: shown, more: more)
    }
}

/// One late case: no personal data, only the 信访件编号, unit, domain and dates.
struct OverdueRow: PreparedTemplateValue {
    var id: String
    var unit: String
    var unitHref: String
    var domain: String
    var domainHref: String
    var registered: String
    var deadline: String
    var days: Int

    static let shape = TemplateShape(["id", "unit", "unitHref", "domain", "domainHref", "registered", "deadline", "days"])

    var templateValue: TemplateValue {
        Self.shape.object([
            ("id", .string(id)), ("unit", .string(unit)), ("unitHref", .string(unitHref)), ("domain", .string(domain)),
            ("domainHref", .string(domainHref)), ("registered", .string(registered)), ("deadline", .string(deadline)),
            ("days", .integer(days)),
        ])
    }
}

enum ScopePage {
    static let cardIndicators: [Indicator] = [
        .cases, .timelyAcceptance, .ontimeClosing, .satisfaction, .overdueOpen, .overdueUnaccepted,
    ]

    static func write(_ context: SnapshotContext, scope: Scope, to sink: PageSink) throws {
        let site = context.site
        let month = context.month
        let isUnit = scope.kind == .unit
        let slug = site.slugs.slug(of: scope) ?? ""
        let path = isUnit ? SitePaths.unit(month, slug: slug) : SitePaths.domain(month, slug: slug)
        let root = SitePaths.root(of: path)
        let kindLabel = isUnit ? site.content.units[scope.index].kind.label : "问题领域"
        var chrome = context.drillChrome
        chrome.pageTitle = "\(scope.name) · \(month.chinese) · " + chrome.siteTitle
        let views = context.views
        let trends = [Indicator.cases, .ontimeClosing].map { Charts.trend(site.set, $0, scope, endingAt: month, id: "t-\($0.id)") }
        let groups = isUnit ? context.overdueByUnit : context.overdueByDomain
        let model = ScopePageModel(
            root: root, chrome: chrome, heading: scope.name, kindLabel: kindLabel,
            backHref: root + SitePaths.snapshot(month), kpis: views.kpis(cardIndicators, scope, sparklines: false), trends: trends,
            channelShare: Charts.channelShare(views, scope, id: "cs"),
            overdue: OverdueTable.pair(unclosed: groups.unclosed[scope.index], unaccepted: groups.unaccepted[scope.index],
                                       limit: PageBounds.drillDownCases, row: { row($0, context, root: root) }),
            activity: isUnit ? ActivitySection(views: views, scope: scope) : nil,
            overdueHref: root + SitePaths.overdue(month), overdueCSVHref: root + SitePaths.overdueCSV(month))
        try site.write("scope", model, path: path, to: sink)
    }

    static func row(_ item: OverdueCase, _ context: SnapshotContext, root: String) -> OverdueRow {
        let site = context.site
        let units = site.set.scopes.units
        let domains = site.set.scopes.domains
        let unit = units[units.startIndex + item.unit]
        let domain = domains[domains.startIndex + item.domain]
        return OverdueRow(id: item.id, unit: unit.name, unitHref: context.unitHref(unit, root: root),
                          domain: domain.name, domainHref: context.domainHref(domain, root: root),
                          registered: item.registered.description, deadline: item.deadline.description, days: item.daysOverdue)
    }
}
