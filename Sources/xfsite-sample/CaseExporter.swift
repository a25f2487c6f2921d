/// Splits the cases into monthly exports named `YYYY-MM.csv` (so lexicographic
/// order is chronological): each holds the cases registered that month plus the
/// earlier cases whose status changed that month, as they stood at month end.
struct CaseExporter {
    let profile: Profile
    let cases: [SampleCase]
    let style: (Int) -> ExportStyle

    struct Summary { var files = 0, rows = 0 }

    func write(to output: inout OutputFiles, seed: UInt64) throws -> Summary {
        let firstMonth = Calendar.monthIndex(profile.start), lastMonth = Calendar.monthIndex(profile.cutoff)
        let buckets = monthBuckets(firstMonth: firstMonth, lastMonth: lastMonth)
        var summary = Summary()
        for month in firstMonth...lastMonth {
            let index = month - firstMonth
            let asOf = min(Calendar.lastDay(ofMonth: month), profile.cutoff)
            let style = style(index)
            let writer = CaseRowWriter(style: style, catalog: profile.catalog, asOf: asOf)
            // One stream per file, so the look of one file never shifts another.
            var rng = SplitMix64(seed: seed &+ 0x5EED_0000 &+ UInt64(index) &* 0x9E37_79B9)
            let rows = buckets[index]
            var out = ByteBuffer(capacity: rows.count * 190 + 1024)
            writer.writeHeader(into: &out)
            for (n, caseIndex) in rows.enumerated() {
                writer.write(cases[Int(caseIndex)], rowNumber: n + 1, into: &out, rng: &rng)
            }
            writer.finish(&out)
            let c = Calendar.civil(asOf)
            try output.write(out, to: "cases/" + Self.fileName(year: c.year, month: c.month), gb18030: style.encoding == .gb18030)
            summary.files += 1
            summary.rows += rows.count
        }
        return summary
    }

    /// `2023-11.csv`: zero-padded so that lexicographic order is chronological.
    static func fileName(year: Int, month: Int) -> String { "\(year)-\(month < 10 ? "0" : "")\(month).csv" }

    /// Case indices per export month, ascending (cases are already in registration order).
    private func monthBuckets(firstMonth: Int, lastMonth: Int) -> [[Int32]] {
        var buckets = [[Int32]](repeating: [], count: lastMonth - firstMonth + 1)
        var months: [Int] = []
        for (i, c) in cases.enumerated() {
            c.eventMonths(cutoff: profile.cutoff, into: &months)
            for m in months { buckets[m - firstMonth].append(Int32(i)) }
        }
        return buckets
    }
}
