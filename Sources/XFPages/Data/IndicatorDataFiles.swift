import XFIndicators

/// The machine-readable figures of every snapshot (INDICATORS.md):
/// `intranet/snapshots/YYYY-MM/data/indicators.csv` and `.json`.
public enum IndicatorDataFiles {
    public static func directory(of snapshot: Snapshot) -> String {
        "intranet/snapshots/\(snapshot.month)/data"
    }

    public static func write(_ snapshots: SnapshotSet, to sink: PageSink) throws -> Int {
        var count = 0
        for snapshot in snapshots.snapshots {
            let folder = directory(of: snapshot)
            try sink.write("\(folder)/indicators.csv", IndicatorTableWriter.csv(snapshot))
            try sink.write("\(folder)/indicators.json", IndicatorTableWriter.json(snapshot))
            count += 2
        }
        return count
    }
}
