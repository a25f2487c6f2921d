import XFCalendar
import XFCharts
import XFIndicators
import XFTemplates
import XFVocabulary

/// Everything the pages of one snapshot share, computed once: figure views, the
/// overdue lists, KPI cards and the charts that do not depend on a page's depth.
struct SnapshotContext {
    let data: DashboardData
    let snapshot: Snapshot
    let views: FigureViews
    let overdue: OverdueList
    /// Both lists again, longest overdue first: the order of the pages and of overdue.csv.
    let mostOverdue: (unclosed: [OverdueCase], unaccepted: [OverdueCase])
    /// The overdue lists split by unit and by domain once, for the drill-downs (longest overdue first).
    let overdueByUnit, overdueByDomain: (unclosed: [[OverdueCase]], unaccepted: [[OverdueCase]])
    let kpis: KPIBlock
    let trends: [ChartView]
    /// The 24-month axis, legends and month names every trend of this month shares.
    let trendFrames: MonthFrames
    let channels, channelShare, heat: ChartView
    /// Set when the heat grid shows only the busiest units.
    let heatNote: String?
    let activity: ActivitySection
    /// The chrome of every drill-down page of this month (they share a depth); each sets its own title.
    let drillChrome: PageChrome
    /// `drillChrome` as a template value, built once: its month bar and navigation
    /// (some 80 links) are then one shared tree, not rebuilt and freed for every
    /// drill-down, and render once per month (`RenderMemo`).
    let drillChromeValue: TemplateValue

    static let cardIndicators: [Indicator] = [
        .cases, .visits, .timelyAcceptance, .ontimeClosing, .satisfaction, .oneTimeResolution, .overdueOpen, .overdueUnaccepted,
    ]
    static let trendIndicators: [Indicator] = [.cases, .timelyAcceptance, .ontimeClosing, .satisfaction]

    var month: Month { snapshot.month }

    init(data: DashboardData, snapshot: Snapshot) {
        self.data = data
        self.snapshot = snapshot
        let views = FigureViews(set: data.set, snapshot: snapshot)
        self.views = views
        let all = data.set.scopes.all
        let overdue = data.set.overdue(asOf: snapshot.asOf)
        self.overdue = overdue
        let mostOverdue = (unclosed: OverdueList.mostOverdueFirst(overdue.unclosed),
                           unaccepted: OverdueList.mostOverdueFirst(overdue.unaccepted))
        self.mostOverdue = mostOverdue
        let units = data.set.scopes.unitCount
        let domains = data.set.scopes.domainCount
        overdueByUnit = (OverdueList.grouped(mostOverdue.unclosed, by: \.unit, count: units),
                         OverdueList.grouped(mostOverdue.unaccepted, by: \.unit, count: units))
        overdueByDomain = (OverdueList.grouped(mostOverdue.unclosed, by: \.domain, count: domains),
                           OverdueList.grouped(mostOverdue.unaccepted, by: \.domain, count: domains))
        kpis = views.kpis(Self.cardIndicators, all)
        let trendFrames = Charts.trendFrames(data.set, endingAt: snapshot.month)
        self.trendFrames = trendFrames
        trends = Self.trendIndicators.map {
            Charts.trend(data.set, $0, all, endingAt: snapshot.month, id: "t-\($0.id)", frames: trendFrames)
        }
        channels = Charts.channels(data.set, all, endingAt: snapshot.month, id: "ch")
        channelShare = Charts.channelShare(views, all, id: "cs")
        var heatUnits = Array(data.set.scopes.units)
        if heatUnits.count > PageBounds.heatRows {
            // The units with the most cases over the grid's 12 months, in configured order.
            let volume = heatUnits.map { scope in
                (scope: scope, total: Charts.window(data.set, .cases, scope, endingAt: snapshot.month, count: 12).values
                    .reduce(0) { $0 + ($1 ?? 0) })
            }
            let kept = Set(volume.sorted { $0.total != $1.total ? $0.total > $1.total : $0.scope.index < $1.scope.index }
                .prefix(PageBounds.heatRows).map(\.scope.index))
            heatNote = "共\(heatUnits.count)个单位，图中只列近12个月信访量最多的\(PageBounds.heatRows)个。"
            heatUnits = heatUnits.filter { kept.contains($0.index) }
        } else {
            heatNote = nil
        }
        heat = Charts.heat(data.set, .cases, units: heatUnits, names: heatUnits.map(\.shortName),
                           endingAt: snapshot.month, id: "hg")
        activity = ActivitySection(views: views, scope: all)
        // Every drill-down of a month lies at the same depth; any slug gives that path.
        drillChrome = data.chrome.chrome(path: SitePaths.unit(snapshot.month, slug: "x"), title: "", section: .snapshot,
                                         month: snapshot.month, tab: .drill)
        drillChromeValue = drillChrome.templateValue
    }

    func unitHref(_ scope: Scope, root: String) -> String {
        root + SitePaths.unit(month, slug: data.slugs.units[scope.index])
    }

    func domainHref(_ scope: Scope, root: String) -> String {
        root + SitePaths.domain(month, slug: data.slugs.domains[scope.index])
    }

    /// 镇街 or 部门 scopes, in configured order.
    func units(of kind: UnitKind) -> [Scope] {
        data.set.scopes.units.filter { $0.unitKind == kind }
    }

    static let rankingIndicator = Indicator.ontimeClosing

    /// The 按期办结率 rankings of towns and of departments (INDICATORS.md tie rule).
    var unitRankings: [Ranking] {
        UnitKind.allCases.compactMap { kind in
            units(of: kind).isEmpty ? nil : data.set.ranking(Self.rankingIndicator, of: kind, month: month)
        }
    }

    /// Ranked bars of towns and departments by 按期办结率 and of domains by volume.
    func rankings(root: String) -> [ChartView] {
        var charts = unitRankings.map { ranking in
            let (entries, suffix) = ends(ranking)
            return Charts.ranking(views, ranking, entries: entries,
                                  title: ranking.unitKind.label + FigureViews.shortLabel(ranking.indicator) + "排名" + suffix,
                                  href: { unitHref($0, root: root) }, id: ranking.unitKind == .town ? "r-town" : "r-dept")
        }
        let (domains, suffix) = ends(Array(data.set.scopes.domains), by: .cases)
        charts.append(Charts.ranked(views, .cases, scopes: domains, title: "各领域本月信访量" + suffix,
                                    href: { domainHref($0, root: root) }, id: "r-domain"))
        return charts
    }

    /// `按期办结率排名上升最多的是桃园镇（镇街，↑3，现第2名）。` and the same for the
    /// largest fall; none when nobody moved that way.
    var movers: [String] {
        let moved = unitRankings.flatMap { ranking in ranking.entries.map { (ranking: ranking, entry: $0) } }
        func change(_ item: (ranking: Ranking, entry: Ranking.Entry)) -> Int {
            switch item.entry.movement {
            case .up(let places)?: return places
            case .down(let places)?: return -places
            default: return 0
            }
        }
        func better(_ a: (ranking: Ranking, entry: Ranking.Entry), _ b: (ranking: Ranking, entry: Ranking.Entry), _ sign: Int) -> Bool {
            let ca = change(a) * sign, cb = change(b) * sign
            if ca != cb { return ca > cb }
            let da = a.entry.figure.denominator ?? 0, db = b.entry.figure.denominator ?? 0
            if da != db { return da > db }
            return a.entry.scope.index < b.entry.scope.index
        }
        let label = FigureViews.shortLabel(Self.rankingIndicator)
        var lines: [String] = []
        if let up = moved.filter({ change($0) > 0 }).min(by: { better($0, $1, 1) }) {
            lines.append("\(label)排名上升最多的是\(up.entry.scope.name)（\(up.ranking.unitKind.label)，\(up.entry.movement!.text)，现第\(up.entry.rank!)名）。")
        }
        if let down = moved.filter({ change($0) < 0 }).min(by: { better($0, $1, -1) }) {
            lines.append("\(label)排名下降最多的是\(down.entry.scope.name)（\(down.ranking.unitKind.label)，\(down.entry.movement!.text)，现第\(down.entry.rank!)名）。")
        }
        return lines
    }

    /// A long ranking keeps its first and last `PageBounds.rankedEachEnd` ranked
    /// places (unranked small samples drop out); the suffix for the title says so.
    func ends(_ ranking: Ranking) -> (entries: [Ranking.Entry], titleSuffix: String) {
        let n = PageBounds.rankedEachEnd
        guard ranking.entries.count > 2 * n else { return (ranking.entries, "") }
        let ranked = ranking.entries.filter { $0.rank != nil }
        let shown = ranked.count > 2 * n ? Array(ranked.prefix(n)) + Array(ranked.suffix(n)) : ranked
        return (shown, "（前\(n)名和后\(n)名，共\(ranking.entries.count)个）")
    }

    /// The same for a ranking by value (domains by volume): the best and worst
    /// `PageBounds.rankedEachEnd` (scopes without a value this month drop out).
    func ends(_ scopes: [Scope], by indicator: Indicator) -> (scopes: [Scope], titleSuffix: String) {
        let n = PageBounds.rankedEachEnd
        guard scopes.count > 2 * n else { return (scopes, "") }
        let higher = views.higherIsBetter(indicator) ?? true
        struct Valued { let scope: Scope; let value: Double }
        var valued: [Valued] = []
        for scope in scopes {
            if let value = views.figure(indicator, scope)?.value { valued.append(Valued(scope: scope, value: Double(value))) }
        }
        valued.sort { a, b in
            if a.value != b.value { return higher ? a.value > b.value : a.value < b.value }
            return a.scope.index < b.scope.index
        }
        let shown: [Valued] = valued.count > 2 * n ? Array(valued.prefix(n)) + Array(valued.suffix(n)) : valued
        return (shown.map { $0.scope }, "（前\(n)名和后\(n)名，共\(scopes.count)个）")
    }

    /// The `count` scopes with the most cases this month (ties in configured order).
    func busiest(_ scopes: [Scope], count: Int) -> [Scope] {
        let volume = scopes.map { (scope: $0, cases: views.figure(.cases, $0)?.value ?? 0) }
        return volume.sorted { $0.cases != $1.cases ? $0.cases > $1.cases : $0.scope.index < $1.scope.index }
            .prefix(count).map(\.scope)
    }

    static let tableIndicators: [Indicator] = [.cases, .timelyAcceptance, .ontimeClosing, .satisfaction, .overdueOpen, .overdueUnaccepted]

    /// Every unit (or domain) with its key figures, linking to its drill-down.
    func scopeTable(_ scopes: [Scope], href: (Scope) -> String) -> [TableRow] {
        scopes.map { scope in
            TableRow(head: scope.name, href: href(scope), cells: Self.tableIndicators.map { indicator in
                TableCell(text: views.shown(indicator, scope), band: views.band(indicator, scope))
            }, rule: views.rowRule(Self.tableIndicators, scope))
        }
    }

    static var tableColumns: [String] { tableIndicators.map { FigureViews.shortLabel($0) } }
}
