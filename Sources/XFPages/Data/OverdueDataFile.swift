import XFIndicators
import XFRecords
import XFTable

/// `snapshots/YYYY-MM/data/overdue.csv`: every overdue case of the month, with the
/// columns of the pages' lists (plus the kind), most overdue first, so the pages
/// can show the first ones only. UTF-8 with a BOM for Excel. No personal data: the
/// list holds only the 信访件编号, unit, domain and dates.
enum OverdueDataFile {
    static let header = ["类别", "信访件编号", "责任单位", "问题领域", "登记日期", "期限", "超期天数"]

    static func bytes(_ context: SnapshotContext) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: true)
        writer.writeRow(header)
        let units = context.site.content.units, domains = context.site.content.domains
        for (kind, cases) in [("超期未办结", context.mostOverdue.unclosed), ("超期未受理", context.mostOverdue.unaccepted)] {
            for item in cases {
                writer.writeRow([kind, item.id, item.unit < units.count ? units[item.unit].name : "",
                                 item.domain < domains.count ? domains[item.domain].name : "",
                                 item.registered.description, item.deadline.description, String(item.daysOverdue)])
            }
        }
        return writer.bytes
    }
}

extension OverdueList {
    /// Longest overdue first; ties in the configured unit order, then by 信访件编号.
    static func mostOverdueFirst(_ cases: [OverdueCase]) -> [OverdueCase] {
        cases.sorted(by: isMoreOverdue)
    }

    static func isMoreOverdue(_ a: OverdueCase, than b: OverdueCase) -> Bool {
        if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
        if a.unit != b.unit { return a.unit < b.unit }
        return a.id < b.id
    }
}
