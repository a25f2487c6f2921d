import XFCalendar
import XFIndicators
import XFSettings
import XFTemplates
import XFVocabulary

/// The overview of one month: KPI cards, trends, channels, rankings linking to the
/// drill-downs, a heat grid, the unit table, and reception and publicity work.
/// Written at `snapshots/YYYY-MM/index.html`, and for the latest month also as
/// the home page `index.html` (same content, links from the other depth).
struct SnapshotPage: DashboardPage {
    static let template = "snapshot"
    let context: SnapshotContext
    let asHome: Bool

    var path: String { asHome ? SitePaths.home : SitePaths.snapshot(context.month) }

    func model() -> TemplateValue {
        let root = self.root
        let month = context.month, data = context.data
        let chrome = data.chrome.chrome(path: path, title: month.chinese + "信访工作概览",
                                        section: asHome ? .latest : .snapshot, month: month)
        let all = data.set.scopes.all
        let unitHref = { context.unitHref($0, root: root) }
        let tables = [
            ScopeTable(title: "镇街", scopes: context.units(of: .town), context: context, href: unitHref),
            ScopeTable(title: "部门", scopes: context.units(of: .department), context: context, href: unitHref),
            ScopeTable(title: "问题领域", scopes: Array(data.set.scopes.domains), context: context,
                       href: { context.domainHref($0, root: root) }),
        ].filter { !$0.tableRows.isEmpty }
        return PageModel.make(chrome, [
            "heading": "\(data.facts.settings.region)\(month.chinese)信访工作概览",
            "lead": BriefSentences.volume(context.views, all),
            // For the month of the cut-off: how incomplete it is, with a link to the last full month.
            "partial": Self.partialNote(context, root: root),
            // 修订说明: figures of this month changed after they were published.
            "revisions": data.revisions.entries(for: month).map(RevisionNote.init),
            "kpis": context.kpis, "trends": context.trends, "channels": context.channels, "channelShare": context.channelShare,
            "rankings": context.rankings(root: root),
            // Who rose most and who fell most in the unit rankings, one sentence each.
            "movers": context.movers, "heat": context.heat, "heatNote": context.heatNote, "tables": tables,
            "overdue": Self.teaser(context, root: root), "activity": context.activity,
            "briefHref": root + SitePaths.brief(month), "csvHref": root + SitePaths.csv(month), "jsonHref": root + SitePaths.json(month),
        ])
    }

    static func partialNote(_ context: SnapshotContext, root: String) -> PartialNote? {
        guard context.snapshot.isPartial else { return nil }
        let day = context.snapshot.asOf.components.day
        let previous = context.month.adding(months: -1)
        let hasPrevious = context.data.set.snapshot(for: previous) != nil
        return PartialNote(text: "本月数据只到\(context.month.month)月\(day)日，尚不完整。同比、环比按同期计算" + comparedRanges(context) + "。",
                           href: hasPrevious ? root + SitePaths.snapshot(previous) : nil,
                           label: "查看上月完整数据（\(previous.chinese)）")
    }

    /// `（与10月1日至15日、去年11月1日至15日相比）`, from the compared periods themselves.
    static func comparedRanges(_ context: SnapshotContext) -> String {
        let all = context.data.set.scopes.all
        let year = context.month.year
        let ranges = [Comparison.Base.previousMonth, .sameMonthLastYear].compactMap { base in
            context.snapshot.compared(.cases, period: .month, scope: all, with: base)
        }.map { ComparedPeriod.range($0.from, $0.to, relativeTo: year) }
        return ranges.isEmpty ? "（无可比的同期数据）" : "（与" + ranges.joined(separator: "、") + "相比）"
    }

    static func teaser(_ context: SnapshotContext, root: String) -> OverdueTeaser {
        let counts = context.overdue.countByUnit(unitCount: context.data.set.scopes.unitCount)
        let worst = counts.enumerated()
            .map { (index: $0.offset, total: $0.element.unclosed + $0.element.unaccepted) }
            .filter { $0.total > 0 }
            .sorted { $0.total != $1.total ? $0.total > $1.total : $0.index < $1.index }
            .prefix(5)
            .map { "\(context.data.set.scopes.unit($0.index).name) \($0.total)件" }
        return OverdueTeaser(unclosed: context.overdue.unclosed.count, unaccepted: context.overdue.unaccepted.count,
                             href: root + SitePaths.overdue(context.month), worst: Array(worst))
    }
}

/// Units, departments or domains with their key figures, each linking to its drill-down.
/// A long list keeps the `PageBounds.scopeTableRows` with the most cases this month
/// (in configured order), and `note` says how many are left to indicators.csv.
struct ScopeTable: TemplateModel {
    var tableHead: String
    var unitColumns: [String]
    var tableRows: [TableRow]
    var note: String?

    static let fields = TemplateFields<ScopeTable>(.field("tableHead", \.tableHead), .field("unitColumns", \.unitColumns),
                                                   .field("tableRows", \.tableRows), .field("note", \.note))

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

struct PartialNote: TemplateModel {
    var text: String
    var href: String?
    var label: String

    static let fields = TemplateFields<PartialNote>(.field("text", \.text), .field("href", \.href), .field("label", \.label))
}

/// Counts of late cases with a link to the full list.
struct OverdueTeaser: TemplateModel {
    var unclosed, unaccepted: Int
    var href: String
    /// Units with the most late cases: `城关镇 5件`.
    var worst: [String]

    static let fields = TemplateFields<OverdueTeaser>(.field("unclosed", \.unclosed), .field("unaccepted", \.unaccepted), .field("href", \.href), .field("worst", \.worst))
}
