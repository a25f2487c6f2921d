import XFIndicators

/// `snapshots/YYYY-MM/overdue.html`: the late cases on A — totals by responsible
/// unit (count, oldest case, days overdue), then the longest overdue of each kind;
/// every case is in `data/overdue.csv`. The totals equal `overdue_open` and
/// `overdue_unaccepted` of the snapshot (tested).
struct OverduePageModel: Encodable {
    var root: String
    var chrome: PageChrome
    var heading: String
    var asOfNote: String
    var unclosedCount: Int
    var unacceptedCount: Int
    var byUnit: [OverdueUnitRow]
    /// Units with late cases beyond those listed in `byUnit`.
    var moreUnits: String?
    var tables: [OverdueTable]
    var csvHref: String
}

struct OverdueUnitRow: Encodable {
    var unit: String
    var href: String
    var unclosed: Int
    var unaccepted: Int
    var total: Int
    /// The unit's longest overdue case and its days overdue.
    var oldest: String
    var oldestDays: Int
}

enum OverduePage {
    static func write(_ context: SnapshotContext, to sink: PageSink) throws {
        let site = context.site
        let month = context.month
        let path = SitePaths.overdue(month)
        let root = SitePaths.root(of: path)
        let counts = context.overdue.countByUnit(unitCount: site.content.units.count)
        var oldest = [OverdueCase?](repeating: nil, count: counts.count)
        for item in context.mostOverdue.unclosed + context.mostOverdue.unaccepted where item.unit < oldest.count {
            if let current = oldest[item.unit], !OverdueList.isMoreOverdue(item, than: current) { continue }
            oldest[item.unit] = item
        }
        let allUnits = site.set.scopes.units.compactMap { scope -> OverdueUnitRow? in
            let count = counts[scope.index]
            guard count.unclosed + count.unaccepted > 0, let first = oldest[scope.index] else { return nil }
            return OverdueUnitRow(unit: scope.name, href: context.unitHref(scope, root: root), unclosed: count.unclosed,
                                  unaccepted: count.unaccepted, total: count.unclosed + count.unaccepted,
                                  oldest: first.id, oldestDays: first.daysOverdue)
        }.sorted { $0.total > $1.total }
        let byUnit = Array(allUnits.prefix(PageBounds.overdueUnits))
        let leftOut = allUnits.dropFirst(PageBounds.overdueUnits)
        let moreUnits = leftOut.isEmpty ? nil
            : "另有\(leftOut.count)个单位共\(leftOut.reduce(0) { $0 + $1.total })件超期事项未在此列出，见完整清单（overdue.csv）。"
        let model = OverduePageModel(
            root: root,
            chrome: site.chrome.chrome(path: path, title: "\(month.chinese)超期清单", section: .snapshot, month: month, tab: .overdue),
            heading: "\(month.chinese)超期未办结、超期未受理清单",
            asOfNote: "统计时点：\(ChromeFactory.chineseDate(context.snapshot.asOf))。超期天数 = 统计时点 − 期限日期。",
            unclosedCount: context.overdue.unclosed.count, unacceptedCount: context.overdue.unaccepted.count,
            byUnit: byUnit, moreUnits: moreUnits,
            tables: OverdueTable.pair(unclosed: context.mostOverdue.unclosed, unaccepted: context.mostOverdue.unaccepted,
                                      limit: PageBounds.overduePageCases, row: { ScopePage.row($0, context, root: root) }),
            csvHref: root + SitePaths.overdueCSV(month))
        try site.write("overdue", model, path: path, to: sink)
    }
}
