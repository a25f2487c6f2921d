import XFCalendar

/// `snapshots/YYYY-MM/data/overdue.csv`: every overdue case of the month, with the
/// columns of the pages' lists (plus the kind), longest overdue first, so the pages
/// can show the first ones only. UTF-8 with a BOM for Excel. No personal data: the
/// list holds only the 信访件编号, unit, domain and dates.
public enum OverdueTableWriter {
    public static let header = ["类别", "信访件编号", "责任单位", "问题领域", "登记日期", "期限", "超期天数"]

    /// `unclosed` and `unaccepted` in the order they are to be listed.
    public static func csv(unclosed: [OverdueCase], unaccepted: [OverdueCase], scopes: ScopeList) -> [UInt8] {
        var out = IndicatorTableWriter.byteOrderMark
        func row(_ fields: [String]) {
            for (position, field) in fields.enumerated() {
                if position > 0 { out.append(0x2C) }
                IndicatorTableWriter.appendCSVField(field, to: &out)
            }
            out.append(0x0A)
        }
        row(header)
        for (kind, cases) in [("超期未办结", unclosed), ("超期未受理", unaccepted)] {
            for item in cases {
                row([kind, item.id, item.unit < scopes.unitCount ? scopes.unit(item.unit).name : "",
                     item.domain < scopes.domainCount ? scopes.domains[scopes.domains.startIndex + item.domain].name : "",
                     item.registered.description, item.deadline.description, String(item.daysOverdue)])
            }
        }
        return out
    }
}
