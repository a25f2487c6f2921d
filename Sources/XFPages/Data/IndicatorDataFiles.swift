import XFIndicators

/// The machine-readable figures of every snapshot (INDICATORS.md):
/// `intranet/snapshots/YYYY-MM/data/indicators.csv` and `.json`.
public enum IndicatorDataFiles {
    /// Snapshots are encoded on all cores (a fifth of a small site's build
    /// otherwise ran on one) and written in month order.
    public static func write(_ snapshots: SnapshotSet, to sink: PageSink) throws -> Int {
        let all = snapshots.snapshots
        var count = 0
        try ParallelBatches.run(count: all.count, work: { position in
            let rows = all[position].rows
            return (csv: IndicatorTableWriter.csv(rows), json: IndicatorTableWriter.json(all[position], rows: rows))
        }, deliver: { position, files in
            try sink.write(SitePaths.indicatorTable(all[position].month), files.csv)
            try sink.write(SitePaths.indicatorJSON(all[position].month), files.json)
            count += 2
        })
        return count
    }
}
