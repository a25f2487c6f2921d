import XFIndicators

/// The overview of one month: KPI cards, trends, channels, rankings linking to the
/// drill-downs, a heat grid, the unit table, and reception and publicity work.
/// Written at `snapshots/YYYY-MM/index.html`, and for the latest month also as
/// the home page `index.html` (same content, links from the other depth).
struct SnapshotPageModel: Encodable {
    var root: String
    var chrome: PageChrome
    var heading: String
    var lead: String
    /// For the month of the cut-off: how incomplete it is, with a link to the last full month.
    var partial: PartialNote?
    /// 修订说明: figures of this month changed after they were published.
    var revisions: [RevisionNote]
    var kpis: KPIBlock
    var trends: [ChartView]
    var channels: ChartView
    var channelShare: ChartView
    var rankings: [ChartView]
    /// Who rose most and who fell most in the unit rankings, one sentence each.
    var movers: [String]
    var heat: ChartView
    /// When the heat grid leaves units out: which ones it shows.
    var heatNote: String?
    var tables: [ScopeTable]
    var overdue: OverdueTeaser
    var activity: ActivitySection
    var briefHref: String
    var csvHref: String
    var jsonHref: String
}

/// Units, departments or domains with their key figures, each linking to its drill-down.
/// A long list keeps the `PageBounds.scopeTableRows` with the most cases this month
/// (in configured order), and `note` says how many are left to indicators.csv.
struct ScopeTable: Encodable {
    var tableHead: String
    var unitColumns: [String]
    var tableRows: [TableRow]
    var note: String?

    init(title: String, rows: [TableRow]) {
        tableHead = title
        unitColumns = SnapshotContext.tableColumns
        tableRows = rows
    }

    init(title: String, scopes: [Scope], context: SnapshotContext, href: (Scope) -> String) {
        let limit = PageBounds.scopeTableRows
        guard scopes.count > limit else {
            self.init(title: title, rows: context.scopeTable(scopes, href: href))
            return
        }
        let busiest = Set(context.busiest(scopes, count: limit).map(\.index))
        let shown = scopes.filter { busiest.contains($0.index) }
        self.init(title: title, rows: context.scopeTable(shown, href: href))
        note = "共\(scopes.count)个，表中列出本月信访量最多的\(limit)个；其余\(scopes.count - limit)个的指标见本月指标数据（indicators.csv）。"
    }
}

struct PartialNote: Encodable {
    var text: String
    var href: String?
    var label: String
}

/// Counts of late cases with a link to the full list.
struct OverdueTeaser: Encodable {
    var unclosed: Int
    var unaccepted: Int
    var href: String
    /// Units with the most late cases: `城关镇 5件`.
    var worst: [String]
}

enum SnapshotPage {
    static func write(_ context: SnapshotContext, asHome: Bool, to sink: PageSink) throws {
        let month = context.month
        let path = asHome ? SitePaths.home : SitePaths.snapshot(month)
        let root = SitePaths.root(of: path)
        let site = context.site
        let chrome = site.chrome.chrome(path: path, title: month.chinese + "信访工作概览",
                                        section: asHome ? .latest : .snapshot, month: month)
        let all = site.set.scopes.all
        let unitHref = { context.unitHref($0, root: root) }
        let model = SnapshotPageModel(
            root: root, chrome: chrome,
            heading: "\(site.content.settings.region)\(month.chinese)信访工作概览",
            lead: BriefSentences.volume(context.views, all),
            partial: partialNote(context, root: root),
            revisions: site.revisions.entries(for: month.description).map(RevisionNote.init),
            kpis: context.kpis, trends: context.trends, channels: context.channels, channelShare: context.channelShare,
            rankings: context.rankings(root: root), movers: context.movers, heat: context.heat, heatNote: context.heatNote,
            tables: [
                ScopeTable(title: "镇街", scopes: context.units(of: .town), context: context, href: unitHref),
                ScopeTable(title: "部门", scopes: context.units(of: .department), context: context, href: unitHref),
                ScopeTable(title: "问题领域", scopes: Array(site.set.scopes.domains), context: context,
                           href: { context.domainHref($0, root: root) }),
            ].filter { !$0.tableRows.isEmpty },
            overdue: teaser(context, root: root), activity: context.activity,
            briefHref: root + SitePaths.brief(month), csvHref: root + SitePaths.csv(month), jsonHref: root + SitePaths.json(month))
        try site.write("snapshot", model, path: path, to: sink)
    }

    static func partialNote(_ context: SnapshotContext, root: String) -> PartialNote? {
        guard context.snapshot.isPartial else { return nil }
        let day = context.snapshot.asOf.components.day
        let previous = context.month.adding(months: -1)
        let hasPrevious = context.site.set.snapshot(for: previous) != nil
        return PartialNote(text: "本月数据只到\(context.month.month)月\(day)日，尚不完整。同比、环比按同期计算" + comparedRanges(context) + "。",
                           href: hasPrevious ? root + SitePaths.snapshot(previous) : nil,
                           label: "查看上月完整数据（\(previous.chinese)）")
    }

    /// `（与10月1日至15日、去年11月1日至15日相比）`, from the compared periods themselves.
    static func comparedRanges(_ context: SnapshotContext) -> String {
        let all = context.site.set.scopes.all
        let year = context.month.year
        let ranges = [Comparison.Base.previousMonth, .sameMonthLastYear].compactMap { base in
            context.snapshot.compared(.cases, period: .month, scope: all, with: base)
        }.map { ComparedPeriod.range($0.from, $0.to, relativeTo: year) }
        return ranges.isEmpty ? "（无可比的同期数据）" : "（与" + ranges.joined(separator: "、") + "相比）"
    }

    static func teaser(_ context: SnapshotContext, root: String) -> OverdueTeaser {
        let counts = context.overdue.countByUnit(unitCount: context.site.content.units.count)
        let worst = counts.enumerated()
            .map { (index: $0.offset, total: $0.element.unclosed + $0.element.unaccepted) }
            .filter { $0.total > 0 }
            .sorted { $0.total != $1.total ? $0.total > $1.total : $0.index < $1.index }
            .prefix(5)
            .map { "\(context.site.content.units[$0.index].name) \($0.total)件" }
        return OverdueTeaser(unclosed: context.overdue.unclosed.count, unaccepted: context.overdue.unaccepted.count,
                             href: root + SitePaths.overdue(context.month), worst: Array(worst))
    }
}
