import XFSource
@testable import XFTable

/// Collects every row as strings, with its line, for assertions.
struct CollectingHandler: CSVRowHandler {
    var rows: [[String]] = []
    var lines: [Int] = []

    mutating func handle(_ row: CSVRow) {
        rows.append((0..<row.count).map { row.string($0) })
        lines.append(row.line)
    }
}

func parse(_ text: String, file: String = "t.csv") -> (rows: [[String]], lines: [Int], diagnostics: [Diagnostic]) {
    var handler = CollectingHandler()
    let diagnostics = CSVParser(file: file).parse(Array(text.utf8), into: &handler)
    return (handler.rows, handler.lines, diagnostics)
}
