import XFCalendar
import XFIndicators
import XFTemplates
import XFVocabulary

/// A titled list of late cases, or a line saying there are none. At most `limit`
/// rows (the longest overdue); `more` then says how many are not shown.
struct OverdueTable: TemplateModel {
    var title, id: String
    var count: Int
    var hasRows: Bool
    var overdueRows: [OverdueRow]
    var more: String?

    static let fields = TemplateFields<OverdueTable>(
        .field("title", \.title), .field("id", \.id), .field("count", \.count), .field("hasRows", \.hasRows),
        .field("overdueRows", \.overdueRows), .field("more", \.more))

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
struct OverdueRow: TemplateModel {
    var id, unit, unitHref, domain, domainHref, registered, deadline: String
    var days: Int

    static let fields = TemplateFields<OverdueRow>(
        .field("id", \.id), .field("unit", \.unit), .field("unitHref", \.unitHref), .field("domain", \.domain), .field("domainHref", \.domainHref),
        .field("registered", \.registered), .field("deadline", \.deadline), .field("days", \.days))
}

/// The drill-down of one unit or domain in one month:
/// `snapshots/YYYY-MM/units/<slug>.html` and `…/domains/<slug>.html` (one file per
/// drill-down, not a folder each: a million-case site has 60,000 of them).
struct ScopePage: DashboardPage {
    static let template = "scope"
    static let cardIndicators: [Indicator] = [
        .cases, .timelyAcceptance, .ontimeClosing, .satisfaction, .overdueOpen, .overdueUnaccepted,
    ]
    let context: SnapshotContext
    let scope: Scope
    let path: String

    init(context: SnapshotContext, scope: Scope) {
        self.context = context
        self.scope = scope
        let slug = context.data.slugs.slug(of: scope) ?? ""
        path = scope.kind == .unit ? SitePaths.unit(context.month, slug: slug) : SitePaths.domain(context.month, slug: slug)
    }

    func model() -> TemplateValue {
        let root = self.root
        let data = context.data, month = context.month
        let isUnit = scope.kind == .unit
        let title = "\(scope.name) · \(month.chinese) · " + context.drillChrome.siteTitle
        let views = context.views
        let groups = isUnit ? context.overdueByUnit : context.overdueByDomain
        return PageModel.make(chrome: context.drillChromeValue.setting("pageTitle", to: .string(title)), [
            "heading": scope.name,
            "kindLabel": isUnit ? (scope.unitKind ?? .town).label : "问题领域",
            "backHref": root + SitePaths.snapshot(month),
            "kpis": views.kpis(Self.cardIndicators, scope, sparklines: false),
            "trends": [Indicator.cases, .ontimeClosing].map { Charts.trend(data.set, $0, scope, endingAt: month, id: "t-\($0.id)", frames: context.trendFrames) },
            "channelShare": Charts.channelShare(views, scope, id: "cs"),
            "overdue": OverdueTable.pair(unclosed: groups.unclosed[scope.index], unaccepted: groups.unaccepted[scope.index],
                                         limit: PageBounds.drillDownCases, row: { Self.row($0, context, root: root) }),
            "activity": isUnit ? ActivitySection(views: views, scope: scope) : nil,
            "overdueHref": root + SitePaths.overdue(month),
            "overdueCSVHref": root + SitePaths.overdueCSV(month),
        ])
    }

    static func row(_ item: OverdueCase, _ context: SnapshotContext, root: String) -> OverdueRow {
        let units = context.data.set.scopes.units
        let domains = context.data.set.scopes.domains
        let unit = units[units.startIndex + item.unit]
        let domain = domains[domains.startIndex + item.domain]
        return OverdueRow(id: item.id, unit: unit.name, unitHref: context.unitHref(unit, root: root),
                          domain: domain.name, domainHref: context.domainHref(domain, root: root),
                          registered: item.registered.description, deadline: item.deadline.description, days: item.daysOverdue)
    }
}
