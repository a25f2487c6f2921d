import Foundation
import XFTestSupport
@testable import XFWorkbook

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}

/// Collects every row of a sheet.
struct RowCollector: SheetRowHandler {
    var rows: [SheetRow] = []
    var limit = Int.max
    mutating func handle(_ row: SheetRow) -> Bool {
        rows.append(row)
        return rows.count < limit
    }
}

struct OpenedBook {
    var workbook: Workbook
    var sheets: [[SheetRow]]
    var problems: [WorkbookProblem]
}

/// Opens `bytes` and reads every worksheet; the bytes stay alive inside `body`.
func withWorkbook<R>(_ bytes: [UInt8], name: String = "book.xlsx", _ body: (OpenedBook) throws -> R) throws -> R {
    try bytes.withUnsafeBufferPointer { buffer in
        let workbook = try Workbook.open(buffer, fileName: name)
        var sheets: [[SheetRow]] = []
        var problems: [WorkbookProblem] = []
        for sheet in workbook.sheets {
            var collector = RowCollector()
            if sheet.isWorksheet { problems += workbook.read(sheet: sheet.index, into: &collector).problems }
            sheets.append(collector.rows)
        }
        return try body(OpenedBook(workbook: workbook, sheets: sheets, problems: problems))
    }
}

/// The problem `Workbook.open` or a sheet read reports for `bytes`, if any.
func firstProblem(_ bytes: [UInt8], name: String = "book.xlsx") -> WorkbookProblem? {
    do {
        return try withWorkbook(bytes, name: name) { $0.problems.first }
    } catch let problem as WorkbookProblem {
        return problem
    } catch {
        return nil
    }
}

/// One line per non-empty cell, in the fixture script's form.
func cellLines(_ book: OpenedBook) -> [String] {
    var lines: [String] = []
    for (index, rows) in book.sheets.enumerated() {
        let name = book.workbook.sheets[index].name
        for row in rows {
            for cell in row.cells {
                let value: String
                switch cell.kind {
                case .date:
                    if case .text(let iso) = CellMeaning.of(cell, in: row, date1904: book.workbook.usesDate1904) {
                        value = String(decoding: iso, as: UTF8.self)
                    } else {
                        value = "?"
                    }
                case .number: value = row.withBytes(cell) { NumberText.plain($0).map { String(decoding: $0, as: UTF8.self) } ?? "?" }
                default: value = row.string(cell)
                }
                if value.isEmpty { continue }
                lines.append("\(name)\t\(CellReference.name(column: cell.column, row: row.number))\t\(cell.kind)\t\(value)")
            }
        }
    }
    return lines
}
