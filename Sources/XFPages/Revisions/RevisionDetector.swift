import XFIndicators
import XFTable

/// Compares each snapshot with what the previous site published for the same
/// month (its `indicators.csv`). A month whose as-of date moved (it was partial
/// then and is complete now) is not a revision; only figures of the same as-of
/// date that differ are.
public enum RevisionDetector {
    /// The new entries for this build; `previous(month)` returns the previously
    /// published indicators.csv of a month, if there was one.
    public static func detect(_ snapshots: SnapshotSet, revisedOn: String,
                              previous: (String) -> [UInt8]?) -> [RevisionLog.Entry] {
        var entries: [RevisionLog.Entry] = []
        for snapshot in snapshots.snapshots {
            let month = snapshot.month.description
            guard let old = previous(month) else { continue }
            let new = IndicatorTableWriter.csv(snapshot)
            guard old != new else { continue }
            let before = PublishedRows(old)
            let after = PublishedRows(new)
            guard before.asOf == after.asOf else { continue }
            var changes: [RevisionLog.Change] = []
            for (key, oldText) in before.figures {
                let newText = after.figures[key] ?? "（已删除）"
                guard newText != oldText else { continue }
                changes.append(RevisionLog.Change(period: key.period, scopeType: key.scopeType, scope: key.scope,
                                                  indicator: key.indicator, before: oldText, after: newText))
            }
            guard !changes.isEmpty else { continue }
            changes.sort { order($0) < order($1) }
            entries.append(RevisionLog.Entry(month: month, revisedOn: revisedOn, changes: changes))
        }
        return entries
    }
}

extension RevisionDetector {
    /// The order of indicators.csv: period, scope kind, scope, indicator in page order.
    static func order(_ change: RevisionLog.Change) -> (Int, Int, String, Int) {
        let periods = ["month", "ytd", "at"], kinds = ["all", "unit", "domain"]
        let indicator = Indicator.allCases.firstIndex { $0.id == change.indicator } ?? Int.max
        return (periods.firstIndex(of: change.period) ?? 3, kinds.firstIndex(of: change.scopeType) ?? 3, change.scope, indicator)
    }
}

/// The rows of a published indicators.csv, keyed by period, scope and indicator,
/// each figure as `numerator/denominator=value` so any difference shows.
struct PublishedRows {
    struct Key: Hashable {
        let period: String, scopeType: String, scope: String, indicator: String
    }

    private(set) var asOf: String?
    private(set) var figures: [Key: String] = [:]

    init(_ csv: [UInt8]) {
        var handler = Collector()
        let body = csv.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(csv.dropFirst(3)) : csv
        _ = CSVParser(file: "indicators.csv").parse(body, into: &handler)
        asOf = handler.asOf
        figures = handler.figures
    }

    private struct Collector: CSVRowHandler {
        var asOf: String?
        var figures: [Key: String] = [:]

        mutating func handle(_ row: CSVRow) {
            guard row.index > 0, row.count == 9 else { return }
            asOf = row.string(1)
            let key = Key(period: row.string(2), scopeType: row.string(3), scope: row.string(4), indicator: row.string(5))
            let denominator = row.string(7)
            figures[key] = denominator.isEmpty ? row.string(8) : "\(row.string(6))/\(denominator)=\(row.string(8))"
        }
    }
}
