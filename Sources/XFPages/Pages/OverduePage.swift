import XFIndicators

/// `snapshots/YYYY-MM/overdue.html`: every late case on A by responsible unit,
/// with a count per unit first. The totals equal `overdue_open` and
/// `overdue_unaccepted` of the snapshot (tested).
struct OverduePageModel: Encodable {
    var root: String
    var chrome: PageChrome
    var heading: String
    var asOfNote: String
    var unclosedCount: Int
    var unacceptedCount: Int
    var byUnit: [OverdueUnitRow]
    var tables: [OverdueTable]
}

struct OverdueUnitRow: Encodable {
    var unit: String
    var href: String
    var unclosed: Int
    var unaccepted: Int
    var total: Int
}

enum OverduePage {
    static func write(_ context: SnapshotContext, to sink: PageSink) throws {
        let site = context.site
        let month = context.month
        let path = SitePaths.overdue(month)
        let root = SitePaths.root(of: path)
        let counts = context.overdue.countByUnit(unitCount: site.set.scopes.unitCount)
        let byUnit = site.set.scopes.units.compactMap { scope -> OverdueUnitRow? in
            let count = counts[scope.index]
            guard count.unclosed + count.unaccepted > 0 else { return nil }
            return OverdueUnitRow(unit: scope.name, href: context.unitHref(scope, root: root), unclosed: count.unclosed,
                                  unaccepted: count.unaccepted, total: count.unclosed + count.unaccepted)
        }.sorted { $0.total > $1.total }
        let model = OverduePageModel(
            root: root,
            chrome: site.chrome.chrome(path: path, title: "\(month.chinese)超期清单", section: .snapshot, month: month, tab: .overdue),
            heading: "\(month.chinese)超期未办结、超期未受理清单",
            asOfNote: "统计时点：\(ChromeFactory.chineseDate(context.snapshot.asOf))。超期天数 = 统计时点 − 期限日期。",
            unclosedCount: context.overdue.unclosed.count, unacceptedCount: context.overdue.unaccepted.count,
            byUnit: byUnit,
            tables: OverdueTable.pair(unclosed: context.overdue.unclosed.map { ScopePage.row($0, context, root: root) },
                                      unaccepted: context.overdue.unaccepted.map { ScopePage.row($0, context, root: root) }))
        try site.write("overdue", model, path: path, to: sink)
    }
}
