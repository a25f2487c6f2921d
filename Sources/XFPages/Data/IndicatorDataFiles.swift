import XFIndicators

/// The machine-readable figures of every snapshot (INDICATORS.md):
/// `intranet/snapshots/YYYY-MM/data/indicators.csv` and `.json`, and beside them
/// `comparisons.csv` (环比/同比, like for like) and `rankings.csv`.
public enum IndicatorDataFiles {
    /// Snapshots are encoded on all cores (a fifth of a small site's build
    /// otherwise ran on one) and written in month order.
    public static func write(_ snapshots: SnapshotSet, to sink: PageSink) throws -> Int {
        let all = snapshots.snapshots
        var count = 0
        // A scope's rows in the four files are some 25 KB a month.
        let monthBytes = snapshots.scopes.count * 25_000
        try ParallelBatches.run(count: all.count, itemBytes: monthBytes, work: { position in
            (csv: IndicatorTableWriter.csv(all[position]), json: IndicatorTableWriter.json(all[position]),
             comparisons: ComparisonTableWriter.comparisonsCSV(all[position]),
             rankings: ComparisonTableWriter.rankingsCSV(snapshots, month: all[position].month))
        }, deliver: { position, files in
            let month = all[position].month
            try sink.write(SitePaths.indicatorTable(month), files.csv)
            try sink.write(SitePaths.indicatorJSON(month), files.json)
            try sink.write(SitePaths.output(SitePaths.comparisons(month)), files.comparisons)
            try sink.write(SitePaths.output(SitePaths.rankings(month)), files.rankings)
            count += 4
        })
        return count
    }
}
