import XFIndicators
import XFTemplates

/// `snapshots/YYYY-MM/overdue.html`: every late case on A by responsible unit,
/// with a count per unit first. The totals equal `overdue_open` and
/// `overdue_unaccepted` of the snapshot (tested).
struct OverduePage: DashboardPage {
    static let template = "overdue"
    let context: SnapshotContext

    var path: String { SitePaths.overdue(context.month) }

    func model() -> TemplateValue {
        let root = self.root
        let data = context.data, month = context.month, overdue = context.overdue
        let counts = overdue.countByUnit(unitCount: data.set.scopes.unitCount)
        let byUnit = data.set.scopes.units.compactMap { scope -> OverdueUnitRow? in
            let count = counts[scope.index]
            guard count.unclosed + count.unaccepted > 0 else { return nil }
            return OverdueUnitRow(unit: scope.name, href: context.unitHref(scope, root: root), unclosed: count.unclosed,
                                  unaccepted: count.unaccepted, total: count.unclosed + count.unaccepted)
        }.sorted { $0.total > $1.total }
        return PageModel.make(
            data.chrome.chrome(path: path, title: "\(month.chinese)超期清单", section: .snapshot, month: month, tab: .overdue), [
                "heading": "\(month.chinese)超期未办结、超期未受理清单",
                "asOfNote": "统计时点：\(ChromeFactory.chineseDate(context.snapshot.asOf))。超期天数 = 统计时点 − 期限日期。",
                "unclosedCount": overdue.unclosed.count, "unacceptedCount": overdue.unaccepted.count, "byUnit": byUnit,
                "tables": OverdueTable.pair(unclosed: overdue.unclosed.map { ScopePage.row($0, context, root: root) },
                                            unaccepted: overdue.unaccepted.map { ScopePage.row($0, context, root: root) }),
            ])
    }
}

struct OverdueUnitRow: TemplateModel {
    var unit, href: String
    var unclosed, unaccepted, total: Int

    static let fields = TemplateFields<OverdueUnitRow>(
        .field("unit", \.unit), .field("href", \.href), .field("unclosed", \.unclosed), .field("unaccepted", \.unaccepted), .field("total", \.total))
}
