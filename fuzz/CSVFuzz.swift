// libFuzzer target: arbitrary bytes through encoding detection and the CSV reader.
// Built together with the XFTable sources into one module (see run.sh), so it can
// check internal invariants. Any crash, sanitizer report, hang or failed check is a bug.
import Foundation
import XFSource

/// Touches every field the way the loaders do, and checks what the parser promises.
struct CheckingHandler: CSVRowHandler {
    var width: Int?
    var lastLine = 0
    var rows = 0
    var strings: [[String]] = []

    mutating func handle(_ row: CSVRow) {
        precondition(row.line >= lastLine, "rows must come in line order")
        lastLine = row.line
        precondition(row.index == rows, "row indexes must count up from the header")
        rows += 1
        if let width { precondition(row.count == width, "a delivered row must have the header's width") } else { width = row.count }
        for field in 0..<row.count {
            let unescaped = row.withField(field) { Array($0) }
            let raw = row.rawField(field)
            precondition(unescaped.count <= raw.bytes.count)
            precondition(raw.hasDoubledQuotes || unescaped.count == raw.bytes.count)
        }
        strings.append((0..<row.count).map { row.string($0) })
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    checkDecoders(bytes)
    checkTextCheckedWhileParsing(bytes)
    switch TextDecoder.decode(bytes, file: "fuzz.csv") {
    case .failure(let problem):
        precondition(!problem.message.isEmpty && problem.location.file == "fuzz.csv")
        _ = problem.rendered
    case .success(let decoded):
        precondition(UTF8Validation.isValid(decoded.bytes), "decoded text must be valid UTF-8")
        var handler = CheckingHandler()
        let problems = CSVParser(file: "fuzz.csv").parse(decoded.bytes, into: &handler)
        let lines = decoded.bytes.reduce(1) { $1 == 0x0A || $1 == 0x0D ? $0 + 1 : $0 }
        for problem in problems {
            precondition(problem.location.line <= lines, "a problem's line must exist in the file")
            precondition(!Diagnostic.visible(problem.rendered).unicodeScalars.contains { $0.value < 0x0A })
        }
        _ = DiagnosticLimiter.limit(problems)
        if problems.isEmpty { checkRoundTrip(handler.strings) }
    }
    return 0
}

/// The word-at-a-time UTF-8 check agrees with the standard library's, and the
/// GB18030 table with Foundation's decoder, wherever the table decodes.
func checkDecoders(_ bytes: [UInt8]) {
    guard !bytes.contains(0) else { return }
    let valid = bytes.withUnsafeBufferPointer { UTF8Validation.scan($0) } == .valid
    precondition(valid == (String(validating: bytes, as: UTF8.self) != nil), "UTF-8 check disagrees")
    if GB18030Validation.firstInvalid(bytes) == nil, let table = GB18030Table.decode(bytes) {
        let foundation = String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632)).map { Array($0.utf8) }
        precondition(table == foundation, "GB18030 table disagrees with Foundation")
    }
}

/// Vouches for each field that is valid UTF-8 without a NUL (as a loader does for the cells
/// that match a word it knows), so that a parse checking its text skips them.
struct VouchingHandler: CSVRowHandler {
    var rows: [[String]] = []
    var known: UInt64 = 0

    mutating func handle(_ row: CSVRow) {
        rows.append((0..<row.count).map { row.string($0) })
        known = 0
        for field in 0..<min(row.count, 64) where row.rawField(field).bytes.count.isMultiple(of: 2) {
            let bytes = row.rawField(field).bytes
            if !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil { known |= 1 << UInt64(field) }
        }
    }

    func knownUTF8Fields() -> UInt64 { known }
}

/// A file checked while it is parsed reads as the same file decoded first: the
/// same encoding, rows and problems, or the same reason it cannot be read.
func checkTextCheckedWhileParsing(_ bytes: [UInt8]) {
    func read(checkingWhileParsing: Bool) -> String {
        switch TableFile.read(bytes: bytes, as: "fuzz.csv", checkingTextWhileParsing: checkingWhileParsing) {
        case .failure(let problem):
            return problem.rendered
        case .success(let file):
            var handler = VouchingHandler()
            let problems = file.parse(into: &handler)
            if let problem = file.unreadable { return problem.rendered }
            return "\(file.encoding) \(handler.rows) \(problems.map(\.rendered))"
        }
    }
    precondition(read(checkingWhileParsing: true) == read(checkingWhileParsing: false),
                 "a file checked while parsed must read as one decoded first")
}

/// Rows read without problems, written by `CSVWriter` and read again, are the same rows.
func checkRoundTrip(_ rows: [[String]]) {
    var writer = CSVWriter(lineEnd: rows.count % 2 == 0 ? .lf : .crlf)
    for row in rows { writer.writeRow(row) }
    var again = CheckingHandler()
    let problems = CSVParser(file: "again.csv").parse(writer.bytes, into: &again)
    precondition(problems.isEmpty || rows.isEmpty, "written rows must read back without problems")
    precondition(again.strings == rows, "rows must survive a write and a read: \(rows) → \(again.strings)")
}
