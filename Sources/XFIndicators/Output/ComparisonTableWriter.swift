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
            let unit = row.change.map { _ in row.indicator.isRate ? "points" : "percent" } ?? ""
            append([row.month.description, c.period.rawValue, row.scope.kind.rawValue, row.scope.name, row.indicator.id,
                    c.base.id, c.from.description, c.to.description, c.asOf.description, String(c.figure.numerator),
                    c.figure.denominator.map(String.init) ?? "", c.figure.machineText,
                    row.change?.machineText ?? "", unit], to: &out)
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
                append([ranking.month.description, ranking.indicator.id, ranking.unitKind.label, entry.scope.name,
                        entry.figure.machineText, entry.figure.denominator.map(String.init) ?? "",
                        entry.rank.map(String.init) ?? "", entry.previousRank.map(String.init) ?? ""], to: &out)
            }
        }
        return out
    }

    static func append(_ fields: [String], to out: inout [UInt8]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { out.append(0x2C) }
            IndicatorTableWriter.appendCSVField(field, to: &out)
        }
        out.append(0x0A)
    }
}
