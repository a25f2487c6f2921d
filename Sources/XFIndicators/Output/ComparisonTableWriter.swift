import XFCalendar
import XFRecords
import XFVocabulary

/// `data/comparisons.csv` and `data/rankings.csv` of a snapshot (INDICATORS.md,
/// "added 2026-12"): UTF-8 with BOM, `\n` line ends, quoting and value texts as in
/// indicators.csv (`IndicatorTableWriter`).
public enum ComparisonTableWriter {
    public static let comparisonHeader =
        "month,period,scope_type,scope,indicator,basis,from,to,as_of,numerator,denominator,value,change,change_unit"
    public static let rankingHeader = "month,indicator,unit_type,scope,value,denominator,rank,previous_rank"

    public static func comparisonsCSV(_ snapshot: Snapshot) -> [UInt8] { comparisonsCSV(snapshot.comparisonRows) }

    public static func comparisonsCSV(_ rows: [ComparisonRow]) -> [UInt8] {
        var out = IndicatorTableWriter.byteOrderMark
        out.append(contentsOf: comparisonHeader.utf8)
        out.append(0x0A)
        for row in rows {
            let c = row.compared
            var line = Line()
            line.field(row.month.description, &out); line.field(c.period.rawValue, &out)
            line.field(row.scope.kind.rawValue, &out); line.field(row.scope.name, &out); line.field(row.indicator.id, &out)
            line.field(c.base.id, &out); line.field(c.from.description, &out); line.field(c.to.description, &out)
            line.field(c.asOf.description, &out); line.field(String(c.figure.numerator), &out)
            line.field(c.figure.denominator.map(String.init) ?? "", &out); line.field(c.figure.machineText, &out)
            line.field(row.change?.machineText ?? "", &out)
            line.field(row.change.map { _ in row.indicator.isRate ? "points" : "percent" } ?? "", &out)
            out.append(0x0A)
        }
        return out
    }

    public static func rankingsCSV(_ set: SnapshotSet, month: Month) -> [UInt8] {
        rankingsCSV(set.rankings(month: month))
    }

    public static func rankingsCSV(_ rankings: [Ranking]) -> [UInt8] {
        var out = IndicatorTableWriter.byteOrderMark
        out.append(contentsOf: rankingHeader.utf8)
        out.append(0x0A)
        for ranking in rankings {
            for entry in ranking.entries {
                var line = Line()
                line.field(ranking.month.description, &out); line.field(ranking.indicator.id, &out)
                line.field(ranking.unitKind.label, &out); line.field(entry.scope.name, &out)
                line.field(entry.figure.machineText, &out); line.field(entry.figure.denominator.map(String.init) ?? "", &out)
                line.field(entry.rank.map(String.init) ?? "", &out); line.field(entry.previousRank.map(String.init) ?? "", &out)
                out.append(0x0A)
            }
        }
        return out
    }

    /// One CSV line written field by field (no array of the line's fields per row:
    /// a month's comparisons run to tens of thousands of lines).
    struct Line {
        private var started = false

        mutating func field(_ text: String, _ out: inout [UInt8]) {
            if started { out.append(0x2C) }
            started = true
            IndicatorTableWriter.appendCSVField(text, to: &out)
        }
    }
}
