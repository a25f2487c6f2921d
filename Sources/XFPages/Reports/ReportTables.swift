import XFCalendar
import XFDocuments
import XFIndicators

/// The tables of a period report: by quarter (by month for a quarter report)
/// for the whole region, and by unit, towns and departments separately.
enum ReportTables {
    static let periodColumns: [Indicator] = [
        .cases, .visits, .timelyAcceptance, .ontimeClosing, .satisfaction, .oneTimeResolution,
        .receptionSessions, .publicityEvents,
    ]
    static let unitColumns: [Indicator] = [
        .cases, .timelyAcceptance, .ontimeClosing, .satisfaction, .oneTimeResolution, .overdueOpen,
    ]

    static func heading(_ indicator: Indicator) -> String {
        FigureViews.shortLabel(indicator) + (indicator.isRate ? "" : "（\(indicator.unit)）")
    }

    /// Quarters of a year or half-year that have data; months of a quarter.
    static func byPart(_ f: PeriodFigures) -> DataTable {
        let all = f.set.scopes.all
        if f.period.kind == .quarter {
            let months = f.set.months.filter { f.period.contains($0) }
            let rows = months.map { month in
                PlainRow(head: "\(month.month)月", href: nil, cells: periodColumns.map { indicator in
                    f.set.figure(indicator, period: .month, scope: all, month: month)
                        .map { FigureViews.shown($0, indicator, minDenominator: f.set.minDenominator) } ?? "—"
                })
            }
            return DataTable(caption: "\(f.period.chinese)分月主要数据（全区）", columns: ["月份"] + periodColumns.map(heading), rows: rows)
        }
        let rows = f.period.quarters.compactMap { quarter -> PlainRow? in
            guard let q = PeriodFigures(set: f.set, period: quarter) else { return nil }
            return PlainRow(head: quarter.shortChinese + (q.isToDate ? "（截至\(q.asOf.components.month)月\(q.asOf.components.day)日）" : ""),
                            href: nil, cells: periodColumns.map { q.shown($0, all) })
        }
        return DataTable(caption: "\(f.period.chinese)分季度主要数据（全区）", columns: ["季度"] + periodColumns.map(heading), rows: rows)
    }

    static func byUnit(_ f: PeriodFigures, _ scopes: [Scope], title: String) -> DataTable {
        let rows = scopes.map { scope in
            PlainRow(head: scope.name, href: nil, cells: unitColumns.map { f.shown($0, scope) })
        }
        return DataTable(caption: "\(f.period.chinese)\(title)主要数据", columns: [title == "各镇街" ? "镇街" : "部门"] + unitColumns.map(heading),
                         rows: rows)
    }

    /// The same table for the Word file.
    static func document(_ table: DataTable) -> Table {
        Table(caption: table.caption, header: table.columns, rows: table.rows.map { [$0.head] + $0.cells })
    }
}
