import XFIndicators
import XFTemplates

/// `snapshots/YYYY-MM/overdue.html`: the late cases on A — totals by responsible
/// unit (count, oldest case, days overdue), then the longest overdue of each kind;
/// every case is in `data/overdue.csv`. The totals equal `overdue_open` and
/// `overdue_unaccepted` of the snapshot (tested).
struct OverduePage: DashboardPage {
    static let template = "overdue"
    let context: SnapshotContext

    var path: String { SitePaths.overdue(context.month) }

    func model() -> TemplateValue {
        let root = self.root
        let data = context.data, month = context.month, overdue = context.overdue
        let counts = overdue.countByUnit(unitCount: data.set.scopes.unitCount)
        // Each unit's longest overdue case: the first of its group, which is sorted that way.
        let byUnit = context.overdueByUnit
        let allUnits = data.set.scopes.units.compactMap { scope -> OverdueUnitRow? in
            let count = counts[scope.index]
            let candidates = [byUnit.unclosed[scope.index].first, byUnit.unaccepted[scope.index].first].compactMap { $0 }
            guard count.unclosed + count.unaccepted > 0,
                  let oldest = candidates.min(by: { OverdueList.isMoreOverdue($0, than: $1) }) else { return nil }
            return OverdueUnitRow(unit: scope.name, href: context.unitHref(scope, root: root), unclosed: count.unclosed,
                                  unaccepted: count.unaccepted, total: count.unclosed + count.unaccepted,
                                  oldest: oldest.id, oldestDays: oldest.daysOverdue)
        }.sorted { $0.total > $1.total }
        let shownUnits = Array(allUnits.prefix(PageBounds.overdueUnits))
        let leftOut = allUnits.dropFirst(PageBounds.overdueUnits)
        let moreUnits: String? = leftOut.isEmpty ? nil
            : "另有\(leftOut.count)个单位共\(leftOut.reduce(0) { $0 + $1.total })件超期事项未在此列出，见完整清单（overdue.csv）。"
        return PageModel.make(
            data.chrome.chrome(path: path, title: "\(month.chinese)超期清单", section: .snapshot, month: month, tab: .overdue), [
                "heading": "\(month.chinese)超期未办结、超期未受理清单",
                "asOfNote": "统计时点：\(ChromeFactory.chineseDate(context.snapshot.asOf))。超期天数 = 统计时点 − 期限日期。",
                "unclosedCount": overdue.unclosed.count, "unacceptedCount": overdue.unaccepted.count,
                "byUnit": shownUnits, "moreUnits": moreUnits,
                "tables": OverdueTable.pair(unclosed: context.mostOverdue.unclosed, unaccepted: context.mostOverdue.unaccepted,
                                            limit: PageBounds.overduePageCases, row: { ScopePage.row($0, context, root: root) }),
                "csvHref": root + SitePaths.overdueCSV(month),
            ])
    }
}

struct OverdueUnitRow: TemplateModel {
    var unit, href: String
    var unclosed, unaccepted, total: Int
    /// The unit's longest overdue case and its days overdue.
    var oldest: String
    var oldestDays: Int

    static let fields = TemplateFields<OverdueUnitRow>(
        .field("unit", \.unit), .field("href", \.href), .field("unclosed", \.unclosed), .field("unaccepted", \.unaccepted),
        .field("total", \.total), .field("oldest", \.oldest), .field("oldestDays", \.oldestDays))
}
