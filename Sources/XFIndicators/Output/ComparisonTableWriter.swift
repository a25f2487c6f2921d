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

    /// comparisons.csv of a snapshot, straight from its figures: the fields that
    /// are the same for many rows (month and period, scope, basis and dates) made
    /// once, numbers written in place.
    public static func comparisonsCSV(_ snapshot: Snapshot) -> [UInt8] {
        let minDenominator = snapshot.set.minDenominator
        let month = snapshot.month.description
        var room = 256
        snapshot.forEachRowGroup { _, scope, indicators in
            room += indicators.count * 2 * (rowRoom + 2 * scope.name.utf8.count)
        }
        // By `Counterpart.key`: `month,period,` and `,basis,from,to,as_of,`.
        var leads = [[UInt8]](repeating: [], count: Counterpart.keys)
        var dates = [[UInt8]](repeating: [], count: Counterpart.keys)
        var scopeFields: [UInt8] = []
        var scopeSlot = -1
        let ids = IndicatorTableWriter.csvIDs, units = changeUnits
        return ByteWriter.bytes(capacity: room) { out in
            out.append(IndicatorTableWriter.byteOrderMark)
            out.append(comparisonHeader)
            out.append(0x0A)
            snapshot.forEachComparison { scope, indicator, counterpart, current, previous in
                let slot = snapshot.scopes.slot(of: scope)
                if slot != scopeSlot {
                    scopeSlot = slot
                    scopeFields = fields([scope.kind.rawValue, scope.name]) + [0x2C]
                }
                let key = counterpart.key
                if leads[key].isEmpty {
                    leads[key] = fields([month, counterpart.period.rawValue]) + [0x2C]
                    dates[key] = [0x2C] + fields([counterpart.base.id, counterpart.from.description,
                                                  counterpart.asOf.description, counterpart.asOf.description]) + [0x2C]
                }
                out.append(leads[key])
                out.append(scopeFields)
                out.append(ids[indicator.order])
                out.append(dates[key])
                out.appendInteger(previous.numerator)
                out.append(0x2C)
                if let denominator = previous.denominator { out.appendInteger(denominator) }
                out.append(0x2C)
                IndicatorTableWriter.appendMachineValue(previous, to: &out)
                out.append(0x2C)
                if !current.isSmallSample(minDenominator),
                   let change = counterpart.change(current, previous, minDenominator: minDenominator) {
                    // `Comparison.machineText`, then the unit.
                    out.appendDecimal(change.tenths, places: 1)
                    out.append(units[indicator.order])
                } else {
                    out.append(0x2C)
                }
                out.append(0x0A)
            }
        }
    }

    /// Every byte of a comparisons.csv row but the scope name, with room to spare.
    private static let rowRoom = 320

    /// `,points` for rates (percentage points), `,percent` for counts, by `Indicator.order`.
    private static let changeUnits: [[UInt8]] = Indicator.allCases.map { Array(($0.isRate ? ",points" : ",percent").utf8) }

    /// CSV fields joined by commas.
    private static func fields(_ texts: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (position, text) in texts.enumerated() {
            if position > 0 { bytes.append(0x2C) }
            IndicatorTableWriter.appendCSVField(text, to: &bytes)
        }
        return bytes
    }

    public static func rankingsCSV(_ set: SnapshotSet, month: Month) -> [UInt8] {
        rankingsCSV(set.rankings(month: month))
    }

    public static func rankingsCSV(_ rankings: [Ranking]) -> [UInt8] {
        let room = rankings.reduce(256) { total, ranking in
            ranking.entries.reduce(total) { $0 + 200 + 2 * $1.scope.name.utf8.count }
        }
        var name: [UInt8] = []
        return ByteWriter.bytes(capacity: room) { out in
            out.append(IndicatorTableWriter.byteOrderMark)
            out.append(rankingHeader)
            out.append(0x0A)
            for ranking in rankings {
                // `month,indicator,unit_type,`, the same for the whole ranking.
                let lead = fields([ranking.month.description, ranking.indicator.id, ranking.unitKind.label]) + [0x2C]
                for entry in ranking.entries {
                    out.append(lead)
                    name.removeAll(keepingCapacity: true)
                    IndicatorTableWriter.appendCSVField(entry.scope.name, to: &name)
                    out.append(name)
                    out.append(0x2C)
                    IndicatorTableWriter.appendMachineValue(entry.figure, to: &out)
                    out.append(0x2C)
                    if let denominator = entry.figure.denominator { out.appendInteger(denominator) }
                    out.append(0x2C)
                    if let rank = entry.rank { out.appendInteger(rank) }
                    out.append(0x2C)
                    if let previous = entry.previousRank { out.appendInteger(previous) }
                    out.append(0x0A)
                }
            }
        }
    }
}
