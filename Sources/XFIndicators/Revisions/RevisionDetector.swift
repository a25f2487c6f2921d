import XFCalendar
import XFRecords

/// Compares each snapshot with what the previous site published for the same
/// month (its `indicators.csv`, read back through the writer's own column
/// definition). A month whose as-of date moved (it was partial then and is
/// complete now) is not a revision; only figures of the same as-of date that
/// differ are.
public enum RevisionDetector {
    /// The new entries for this build; `previous(month)` returns the previously
    /// published indicators.csv of a month, if there was one.
    public static func detect(_ snapshots: SnapshotSet, revisedOn: String,
                              previous: (Month) -> [UInt8]?) -> [RevisionLog.Entry] {
        var entries: [RevisionLog.Entry] = []
        for snapshot in snapshots.snapshots {
            guard let old = previous(snapshot.month) else { continue }
            let new = IndicatorTableWriter.csv(snapshot)
            guard old != new else { continue }
            let before = PublishedIndicators(csv: old)
            let after = PublishedIndicators(csv: new)
            guard before.asOf == after.asOf else { continue }
            var changes: [RevisionLog.Change] = []
            for (key, oldTexts) in before.figures {
                let oldText = oldTexts.summary
                let newText = after.figures[key]?.summary ?? "（已删除）"
                guard newText != oldText else { continue }
                changes.append(RevisionLog.Change(period: key.period, scopeKind: key.scopeKind, scope: key.scope,
                                                  indicator: key.indicator, before: oldText, after: newText))
            }
            guard !changes.isEmpty else { continue }
            changes.sort { order($0) < order($1) }
            entries.append(RevisionLog.Entry(month: snapshot.month, revisedOn: revisedOn, changes: changes))
        }
        return entries
    }

    /// The order of indicators.csv: period, scope kind, scope, indicator in page order.
    static func order(_ change: RevisionLog.Change) -> (Int, Int, String, Int) {
        (change.period.index, ScopeKind.allCases.firstIndex(of: change.scopeKind)!, change.scope, change.indicator.order)
    }
}

