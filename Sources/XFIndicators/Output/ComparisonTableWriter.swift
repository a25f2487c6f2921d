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

    public static func comparisonsCSV(_ snapshot: Snapshot) -> [UInt8] {
        var lines = ComparisonLines(capacity: snapshot.scopes.count * 8_192)
        snapshot.forEachComparisonRow { lines.append($0) }
        return lines.out
    }

    public static func comparisonsCSV(_ rows: [ComparisonRow]) -> [UInt8] {
        var lines = ComparisonLines(capacity: rows.count * 120)
        for row in rows { lines.append(row) }
        return lines.out
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

    /// comparisons.csv written as bytes, row by row: numbers as digits in place,
    /// and the fields that repeat from one row to the next (month, scope, the
    /// compared dates) made once and copied while they stay the same.
    struct ComparisonLines {
        private(set) var out: [UInt8]
        private var month = RepeatedField<Month>()
        private var scope = RepeatedField<ScopeKey>()
        /// from, to and as_of of 环比 rows, then of 同比 rows.
        private var dates = [RepeatedField<CivilDate>](repeating: RepeatedField(), count: 6)

        private struct ScopeKey: Equatable {
            let kind: ScopeKind
            let index: Int
        }

        init(capacity: Int) {
            out = IndicatorTableWriter.byteOrderMark
            out.reserveCapacity(capacity)
            out.append(contentsOf: comparisonHeader.utf8)
            out.append(0x0A)
        }

        mutating func append(_ row: ComparisonRow) {
            let c = row.compared
            month.append(row.month, to: &out) { IndicatorTableWriter.appendCSVField(row.month.description, to: &$0) }
            out.append(0x2C)
            IndicatorTableWriter.appendCSVField(c.period.rawValue, to: &out)
            out.append(0x2C)
            scope.append(ScopeKey(kind: row.scope.kind, index: row.scope.index), to: &out) {
                IndicatorTableWriter.appendCSVField(row.scope.kind.rawValue, to: &$0)
                $0.append(0x2C)
                IndicatorTableWriter.appendCSVField(row.scope.name, to: &$0)
            }
            out.append(0x2C)
            out.append(contentsOf: IndicatorTableWriter.csvIDs[row.indicator.order])
            out.append(0x2C)
            IndicatorTableWriter.appendCSVField(c.base.id, to: &out)
            // 环比 and 同比 rows alternate: each basis keeps its own dates.
            let dates = c.base == .previousMonth ? 0 : 3
            appendDate(c.from, dates)
            appendDate(c.to, dates + 1)
            appendDate(c.asOf, dates + 2)
            out.append(0x2C)
            IndicatorTableWriter.appendInteger(c.figure.numerator, to: &out)
            out.append(0x2C)
            if let denominator = c.figure.denominator { IndicatorTableWriter.appendInteger(denominator, to: &out) }
            out.append(0x2C)
            IndicatorTableWriter.appendMachineValue(c.figure, to: &out)
            out.append(0x2C)
            if let change = row.change {
                // `Comparison.machineText`.
                IndicatorTableWriter.appendDecimal(change.tenths, places: 1, to: &out)
                out.append(0x2C)
                out.append(contentsOf: (row.indicator.isRate ? "points" : "percent").utf8)
            } else {
                out.append(0x2C)
            }
            out.append(0x0A)
        }

        private mutating func appendDate(_ date: CivilDate, _ slot: Int) {
            out.append(0x2C)
            dates[slot].append(date, to: &out) { IndicatorTableWriter.appendCSVField(date.description, to: &$0) }
        }
    }

    /// A field whose text is kept while the rows that follow share its value.
    struct RepeatedField<Value: Equatable> {
        private var value: Value?
        private var bytes: [UInt8] = []

        /// Appends the field of `value`, made by `make` only when it differs from the last row's.
        mutating func append(_ value: Value, to out: inout [UInt8], _ make: (inout [UInt8]) -> Void) {
            if value != self.value {
                self.value = value
                bytes.removeAll(keepingCapacity: true)
                make(&bytes)
            }
            out.append(contentsOf: bytes)
        }
    }
}
