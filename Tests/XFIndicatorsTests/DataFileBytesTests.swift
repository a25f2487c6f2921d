import Testing
import XFCalendar
import XFRecords
import XFSettings
@testable import XFIndicators

/// The data files are written as bytes straight from the figure table; here they
/// are checked against writers made the plain way, from each row's texts and the
/// single-figure lookups the pages use (`compared`), on random content with
/// partial months, small samples and names that need quoting and escaping.
@Suite struct DataFileBytesTests {
    func set(seed: UInt64) -> SnapshotSet {
        var content = randomContent(seed: seed, cases: 500, unitCount: 3, domainCount: 2)
        content.units[0] = Unit(name: "城关镇,\"东\"")
        content.units[1] = Unit(name: "</script>&\n新区")
        content.domains[0] = Domain(name: "教育\\卫生\t")
        // A partial last month (same-day comparisons), a full one, and the random choice.
        switch seed % 3 {
        case 0: content.settings.cutoff = CivilDate(year: 2024, month: 9, day: 17)
        case 1: content.settings.cutoff = CivilDate(year: 2024, month: 8, day: 31)
        default: break
        }
        return IndicatorEngine(content: content).run()
    }

    @Test(arguments: [21, 22, 23] as [UInt64])
    func indicatorFilesAreTheRowsTexts(seed: UInt64) {
        let set = set(seed: seed)
        #expect(set.snapshots.count > 12)
        for snapshot in set.snapshots {
            let rows = snapshot.rows
            var csv = "\u{FEFF}" + IndicatorColumn.header + "\n"
            var json = "{\"month\":\"\(snapshot.month)\",\"as_of\":\"\(snapshot.asOf)\",\"partial\":\(snapshot.isPartial),\"rows\":["
            for (position, row) in rows.enumerated() {
                let texts = [row.month.description, row.asOf.description, row.period.rawValue, row.scope.kind.rawValue,
                             row.scope.name, row.indicator.id, String(row.figure.numerator),
                             row.figure.denominator.map(String.init) ?? "", row.figure.machineText]
                csv += texts.map(csvField).joined(separator: ",") + "\n"
                let keys = IndicatorColumn.allCases.map(\.name)
                let values = texts.enumerated().map { column, text in
                    column < 6 ? jsonString(text) : text.isEmpty ? "null" : text
                }
                json += (position > 0 ? "," : "") + "\n{"
                    + zip(keys, values).map { "\(jsonString($0)):\($1)" }.joined(separator: ",") + "}"
            }
            json += "\n]}\n"
            #expect(String(decoding: IndicatorTableWriter.csv(snapshot), as: UTF8.self) == csv, "\(snapshot.month)")
            #expect(String(decoding: IndicatorTableWriter.json(snapshot), as: UTF8.self) == json, "\(snapshot.month)")
            // The row path (period reports) writes the same bytes.
            #expect(IndicatorTableWriter.csv(rows) == IndicatorTableWriter.csv(snapshot))
            #expect(IndicatorTableWriter.json(snapshot, rows: rows) == IndicatorTableWriter.json(snapshot))
        }
    }

    @Test(arguments: [21, 22, 23] as [UInt64])
    func comparisonsAreThePagesComparisons(seed: UInt64) {
        let set = set(seed: seed)
        var partial = 0, small = 0, sameDays = 0
        for snapshot in set.snapshots {
            var expected = "\u{FEFF}" + ComparisonTableWriter.comparisonHeader + "\n"
            var rows = 0
            for period in Period.allCases {
                for scope in set.scopes.scopes {
                    for indicator in Indicator.rows(period: period, scope: scope.kind) {
                        for base in Comparison.Base.allCases {
                            guard let c = set.compared(indicator, period: period, scope: scope, month: snapshot.month,
                                                       with: base) else { continue }
                            let current = snapshot.figure(indicator, period: period, scope: scope)!
                            let change = set.isSmallSample(current) ? nil : c.comparison
                            if set.isSmallSample(current) { small += 1 }
                            if c.sameDays { sameDays += 1 }
                            let texts = [snapshot.month.description, c.period.rawValue, scope.kind.rawValue, scope.name,
                                         indicator.id, base.id, c.from.description, c.to.description,
                                         c.asOf.description, String(c.figure.numerator),
                                         c.figure.denominator.map(String.init) ?? "", c.figure.machineText,
                                         change?.machineText ?? "",
                                         change == nil ? "" : indicator.isRate ? "points" : "percent"]
                            expected += texts.map(csvField).joined(separator: ",") + "\n"
                            rows += 1
                        }
                    }
                }
            }
            if snapshot.isPartial { partial += 1 }
            let bytes = ComparisonTableWriter.comparisonsCSV(snapshot)
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(snapshot.month)")
            #expect(snapshot.comparisonRows.count == rows)
        }
        // The cases that matter were met: small samples, and a partial month's same days.
        #expect(small > 0)
        #expect(partial == (seed % 3 == 0 ? 1 : partial))
        #expect(partial == 0 || sameDays > 0)
    }

    @Test func writerRunsAgainWithMoreRoomWhenItsGuessIsShort() {
        let bytes = ByteWriter.bytes(capacity: 1) { out in
            for value in 0 ..< 1_000 {
                out.appendInteger(value * 7_919 - 3_000)
                out.append(0x2C)
                out.appendDecimal(value * 31 - 9_000, places: 4)
                out.append([0x3B, 0x20])
                out.append("名")
            }
        }
        var expected = ""
        for value in 0 ..< 1_000 {
            expected += "\(value * 7_919 - 3_000),\(Figure.decimal(value * 31 - 9_000, places: 4)); 名"
        }
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test func numbersReadAsTheirTexts() {
        var values = [0, 1, 9, 10, 99, 100, 101, 999, 1_000, 12_345, 9_999_999, Int.max, Int.min + 1, Int.min]
        values += values.map { $0 == Int.min ? 0 : -$0 }
        for value in values {
            let integer = ByteWriter.bytes(capacity: 0) { $0.appendInteger(value) }
            #expect(String(decoding: integer, as: UTF8.self) == String(value))
            for places in [1, 4, 8] where value.magnitude < UInt(Int.max / 10) {
                let decimal = ByteWriter.bytes(capacity: 0) { $0.appendDecimal(value, places: places) }
                #expect(String(decoding: decimal, as: UTF8.self) == Figure.decimal(value, places: places))
            }
        }
    }

    /// RFC 4180 as the data files quote.
    func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// RFC 8259 with `<`, `>` and `&` escaped too.
    func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar == "<" || scalar == ">" || scalar == "&":
                out += "\\u00" + String(scalar.value, radix: 16).leftPadded(to: 2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
