import Testing
import XFRecords
@testable import XFIndicators
import XFVocabulary

@Suite struct TableWriterTests {
    /// One unit whose name needs quoting, one domain, one case accepted, C mid-month.
    func snapshot() -> Snapshot {
        var f = Fixture(units: ["城关镇,\"东\""], domains: ["教育"], cutoff: "2024-10-15")
        f.add("1", registered: "2024-10-01", channel: .online) { $0.accept("2024-10-02") }
        return f.run().latest!
    }

    @Test func csvBytesStartWithBOMAndQuoteNames() {
        let bytes = IndicatorTableWriter.csv(snapshot())
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == IndicatorTableWriter.header)
        #expect(lines.last == "")  // final line end
        #expect(!text.contains("\r"))
        let expectedStart = [
            "2024-10,2024-10-15,month,all,示例区,cases,1,,1",
            "2024-10,2024-10-15,month,all,示例区,persons,1,,1",
        ]
        #expect(Array(lines[1 ... 2]) == expectedStart)
        #expect(lines.contains("2024-10,2024-10-15,month,all,示例区,online_share,1,1,1.0000"))
        // dl_acc 10-16 lies after C: not in any cohort yet.
        #expect(lines.contains("2024-10,2024-10-15,month,all,示例区,timely_acceptance,0,0,"))
        #expect(lines.contains("2024-10,2024-10-15,month,all,示例区,ontime_closing,0,0,"))
        #expect(lines.contains("2024-10,2024-10-15,month,unit,\"城关镇,\"\"东\"\"\",cases,1,,1"))
        #expect(lines.contains("2024-10,2024-10-15,at,domain,教育,open,1,,1"))
        // Order: periods, then scope kinds, then indicators in page order.
        let keys = lines.dropFirst().dropLast().map { $0.split(separator: ",")[2] }
        #expect(keys.firstIndex(of: "ytd")! > keys.lastIndex(of: "month")!)
        #expect(keys.firstIndex(of: "at")! > keys.lastIndex(of: "ytd")!)
        let atRows = lines.filter { $0.contains(",at,") }
        #expect(atRows == [
            "2024-10,2024-10-15,at,all,示例区,open,1,,1",
            "2024-10,2024-10-15,at,all,示例区,overdue_open,0,,0",
            "2024-10,2024-10-15,at,all,示例区,overdue_unaccepted,0,,0",
            "2024-10,2024-10-15,at,all,示例区,backlog_resolution,0,0,",
            "2024-10,2024-10-15,at,unit,\"城关镇,\"\"东\"\"\",open,1,,1",
            "2024-10,2024-10-15,at,unit,\"城关镇,\"\"东\"\"\",overdue_open,0,,0",
            "2024-10,2024-10-15,at,unit,\"城关镇,\"\"东\"\"\",overdue_unaccepted,0,,0",
            "2024-10,2024-10-15,at,unit,\"城关镇,\"\"东\"\"\",backlog_resolution,0,0,",
            "2024-10,2024-10-15,at,domain,教育,open,1,,1",
            "2024-10,2024-10-15,at,domain,教育,overdue_open,0,,0",
            "2024-10,2024-10-15,at,domain,教育,overdue_unaccepted,0,,0",
            "2024-10,2024-10-15,at,domain,教育,backlog_resolution,0,0,",
        ])
        // all and unit: 19 case + 12 activity indicators; domain: 19; twice (month, ytd); 12 at rows.
        let rowCount: Int = 2 * (31 + 31 + 19) + 12
        #expect(lines.count == rowCount + 2)
    }

    @Test func jsonHasTheSameRowsInAStableShape() {
        let text = String(decoding: IndicatorTableWriter.json(snapshot()), as: UTF8.self)
        #expect(text.hasPrefix("{\"month\":\"2024-10\",\"as_of\":\"2024-10-15\",\"partial\":true,\"rows\":[\n"))
        #expect(text.contains("""
        {"month":"2024-10","as_of":"2024-10-15","period":"month","scope_type":"all","scope":"示例区","indicator":"cases","numerator":1,"denominator":null,"value":1},
        """))
        #expect(text.contains(#""scope":"城关镇,\"东\"","indicator":"online_share","numerator":1,"denominator":1,"value":1.0000}"#))
        #expect(text.contains(#""indicator":"ontime_closing","numerator":0,"denominator":0,"value":null}"#))
        #expect(text.hasSuffix("}\n]}\n"))
        let rowCount: Int = 2 * (31 + 31 + 19) + 12
        #expect(text.split(separator: "\n").count == rowCount + 2)
    }

    @Test func jsonEscapesControlAndMarkupCharacters() {
        var out: [UInt8] = []
        IndicatorTableWriter.appendJSONString("a\"b\\c\nd\u{1}</script>&", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #""a\"b\\c\nd\u0001\u003c/script\u003e\u0026""#)
    }

    @Test func catalogHasLabelsAndUnits() {
        #expect(Indicator.cases.label == "信访总量（件）" && Indicator.cases.unit == "件")
        #expect(Indicator.visits.unit == "批" && Indicator.visitPersons.unit == "人次")
        #expect(Indicator.publicityMaterials.unit == "份" && Indicator.trainings.unit == "场")
        #expect(Indicator.timelyAcceptance.unit == "%" && Indicator.timelyAcceptance.isRate)
        #expect(Indicator.allCases.count == 35)
        #expect(Set(Indicator.allCases.map(\.label)).count == 35)
        #expect(Indicator(rawValue: "one_time_resolution") == .oneTimeResolution)
    }
}

/// `Indicator.order` reads the enum's stored case index: it must be the page
/// order of `allCases`, and the row lists per period and scope kind must be the
/// catalogue's own filter.
@Test func indicatorOrderIsTheCatalogueOrder() {
    #expect(Indicator.allCases.enumerated().allSatisfy { $0.offset == $0.element.order })
    #expect(MemoryLayout<Indicator>.size == 1)
    for period in Period.allCases {
        #expect(Indicator.allCases.allSatisfy { $0.has(period) == $0.periods.contains(period) })
        for kind in ScopeKind.allCases {
            #expect(Indicator.rows(period: period, scope: kind)
                    == Indicator.allCases.filter { $0.periods.contains(period) && $0.applies(to: kind) })
        }
    }
}

/// The writers put numbers straight into the file's bytes through the one decimal
/// writer (`Figure.writeDecimal`); they must read as `String(value)` and as the
/// arithmetic of a decimal with `places` places, for every size and sign.
@Test func numbersWrittenInPlaceReadAsTheirTexts() {
    var values = [0, 1, 9, 10, 99, 100, 101, 999, 1_000, 12_345, 9_999_999, Int.max, Int.min + 1]
    values += values.map { -$0 }
    values.append(Int.min)
    for value in values {
        var integer: [UInt8] = []
        IndicatorTableWriter.appendInteger(value, to: &integer)
        #expect(String(decoding: integer, as: UTF8.self) == String(value))
        let written = ByteWriter.bytes(capacity: 0) { $0.appendInteger(value) }
        #expect(String(decoding: written, as: UTF8.self) == String(value))
        for places in 1 ... 8 where value.magnitude < UInt(Int.max / 10) {
            var unit: UInt = 1
            for _ in 0 ..< places { unit *= 10 }
            let fraction = String(value.magnitude % unit)
            let expected = (value < 0 ? "-" : "") + String(value.magnitude / unit) + "."
                + String(repeating: "0", count: places - fraction.count) + fraction
            #expect(Figure.decimal(value, places: places) == expected)
            let decimal = ByteWriter.bytes(capacity: 0) { $0.appendDecimal(value, places: places) }
            #expect(String(decoding: decimal, as: UTF8.self) == expected)
        }
    }
}
