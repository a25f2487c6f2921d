import Foundation
import Testing
import XFCalendar
import XFRecords
import XFTestSupport
@testable import XFIndicators
import XFVocabulary

/// `indicators.csv` is written and read through one column definition: every
/// snapshot of the sample reads back to exactly the figures that were written.
@Test func everySampleSnapshotReadsBackToTheFiguresWritten() {
    let content = ContentLoader(directory: Repository.content).load().content
    let set = IndicatorEngine(content: content).run()
    #expect(set.snapshots.count > 12)
    for snapshot in set.snapshots {
        let table = PublishedIndicators(csv: IndicatorTableWriter.csv(snapshot))
        #expect(table.unreadRows == 0)
        #expect(table.asOf == snapshot.asOf.description)
        #expect(table.figures.count == snapshot.rows.count, "\(snapshot.month): one figure per row, no key twice")
        for row in snapshot.rows {
            let key = PublishedIndicators.Key(period: row.period, scopeKind: row.scope.kind, scope: row.scope.name,
                                              indicator: row.indicator)
            let texts = table.figures[key]
            #expect(texts?.numerator == String(row.figure.numerator))
            #expect(texts?.denominator == (row.figure.denominator.map(String.init) ?? ""))
            #expect(texts?.value == row.figure.machineText)
        }
    }
}

@Test func headerAndJSONKeysComeFromTheColumns() {
    #expect(IndicatorTableWriter.header == "month,as_of,period,scope_type,scope,indicator,numerator,denominator,value")
    var f = Fixture(units: ["城关镇"], domains: ["教育"], cutoff: "2024-10-15")
    f.add("1", registered: "2024-10-01", channel: .online) { $0.accept("2024-10-02") }
    let snapshot = f.run().latest!
    let json = String(decoding: IndicatorTableWriter.json(snapshot), as: UTF8.self)
    let firstRow = json.split(separator: "\n")[1]
    let keys = IndicatorColumn.allCases.map { "\"\($0.name)\":" }
    var position = firstRow.startIndex
    for key in keys {
        let found = firstRow.range(of: key, range: position ..< firstRow.endIndex)
        #expect(found != nil, "\(key) in CSV order")
        position = found?.upperBound ?? position
    }
}

/// Rows another program (or an older xfsite) wrote that this one cannot place
/// are counted, not silently taken as figures.
@Test func rowsOfAnotherFormatAreCountedNotRead() {
    let csv = Array(("\u{FEFF}" + IndicatorTableWriter.header + "\n"
        + "2024-10,2024-10-15,month,all,示例区,cases,1,,1\n"
        + "2024-10,2024-10-15,quarter,all,示例区,cases,1,,1\n"
        + "2024-10,2024-10-15,month,all,示例区,no_such_indicator,1,,1\n"
        + "2024-10,2024-10-15,month,all,示例区,cases,1\n").utf8)
    let table = PublishedIndicators(csv: csv)
    #expect(table.figures.count == 1)
    #expect(table.unreadRows == 3)
    #expect(table.figures.first?.value.summary == "1")
}
