import Testing
import XFTestSupport
@testable import XFTable

@Test(arguments: 0..<200)
func randomTablesRoundTrip(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let alphabet: [String] = ["a", "Z", "0", ",", "\"", "\n", "\r\n", "\r", " ", "信", "访", "，", "　", "😀", "'", "；"]
    let columns = Int.random(in: 1...6, using: &rng)
    let rows = Int.random(in: 1...12, using: &rng)
    var table: [[String]] = []
    for r in 0...rows {
        var row: [String] = []
        for _ in 0..<columns {
            let length = Int.random(in: 0...8, using: &rng)
            row.append((0..<length).map { _ in alphabet.randomElement(using: &rng)! }.joined())
        }
        // The header must not be blank, and a one-column row that is empty or only
        // spaces reads as a blank line; keep those out of one-column tables.
        if r == 0 || columns == 1 { row[0] = "h" + row[0] }
        table.append(row)
    }
    for lineEnd in [CSVWriter.LineEnd.lf, .crlf] {
        var writer = CSVWriter(lineEnd: lineEnd)
        for row in table { writer.writeRow(row) }
        var handler = CollectingHandler()
        let diagnostics = CSVParser(file: "r.csv").parse(writer.bytes, into: &handler)
        #expect(diagnostics.isEmpty)
        #expect(handler.rows == table)
    }
}
