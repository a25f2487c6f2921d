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

    static let shape = TemplateShape(["root", "chrome", "heading", "kindLabel", "backHref", "kpis", "trends", "channelShare", "overdue", "activity", "overdueHref"])

    var templateValue: TemplateValue {
        Self.shape.object([
            ("root", .string(root)), ("chrome", chrome.templateValue), ("heading", .string(heading)),
            ("kindLabel", .string(kindLabel)), ("backHref", .string(backHref)), ("kpis", kpis.templateValue),
            ("trends", trends.templateValue), ("channelShare", channelShare.templateValue), ("overdue", overdue.templateValue),
            ("activity", activity.templateValue), ("overdueHref", .string(overdueHref)),
        ])
    }
}

/// A titled list of late cases, or a line saying there are none.
struct OverdueTable: PreparedTemplateValue {
    var title: String
    var id: String
    var count: Int
    var hasRows: Bool
    var overdueRows: [OverdueRow]

    static let shape = TemplateShape(["title", "id", "count", "hasRows", "overdueRows"])

    var templateValue: TemplateValue {
        Self.shape.object([("title", .string(title)), ("id", .string(id)), ("count", .integer(count)),
                                ("hasRows", .bool(hasRows)), ("overdueRows", overdueRows.templateValue)])
    }

    static func pair(unclosed: [OverdueRow], unaccepted: [OverdueRow]) -> [OverdueTable] {
        [OverdueTable(title: "超期未办结", id: "unclosed", count: unclosed.count, hasRows: !unclosed.isEmpty, overdueRows: unclosed),
         OverdueTable(title: "超期未受理", id: "unaccepted", count: unaccepted.count, hasRows: !unaccepted.isEmpty, overdueRows: unaccepted)]
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
            overdue: OverdueTable.pair(unclosed: groups.unclosed[scope.index].map { row($0, context, root: root) },
                                       unaccepted: groups.unaccepted[scope.index].map { row($0, context, root: root) }),
            activity: isUnit ? ActivitySection(views: views, scope: scope) : nil,
            overdueHref: root + SitePaths.overdue(month))
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
