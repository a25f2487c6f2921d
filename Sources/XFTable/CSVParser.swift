import XFSource

/// RFC 4180 reader over UTF-8 bytes in one pass: comma separator, `"` quoting with
/// `""` inside, quoted commas and line breaks, LF / CRLF / CR line ends, a final
/// line break optional, blank lines ignored. The first non-blank row is the header;
/// a data row with a different number of fields is an error (extra empty trailing
/// fields, as Excel sometimes writes, are tolerated). Every problem becomes a
/// `Diagnostic` with the physical line, correct after quoted line breaks; a bad row
/// is reported and not handed on, and reading continues with the next line.
public struct CSVParser {
    public let file: String

    public init(file: String) { self.file = file }

    /// Parses `bytes`, handing rows to `handler`; returns the problems found.
    public func parse<Handler: CSVRowHandler>(_ bytes: UnsafeBufferPointer<UInt8>, into handler: inout Handler) -> [Diagnostic] {
        var state = ParseState(file: file, buffer: bytes)
        defer { state.spans.free() }
        state.run(&handler)
        if state.header == nil && state.diagnostics.isEmpty {
            // An export always has a header; no rows at all means a failed or truncated export.
            state.diagnostics.append(Diagnostic(code: .csvNoHeader, at: SourceLocation(file: file),
                                                message: "文件是空的：没有表头行，也没有数据。",
                                                fix: "请重新从系统导出该文件；如本期确实没有数据，也请保留第一行表头。"))
        }
        return state.diagnostics
    }

    public func parse<Handler: CSVRowHandler>(_ bytes: [UInt8], into handler: inout Handler) -> [Diagnostic] {
        bytes.withUnsafeBufferPointer { parse($0, into: &handler) }
    }
}

private struct ParseState {
    let file: String
    let p: UnsafeBufferPointer<UInt8>
    let n: Int
    var i = 0
    var line = 1
    var spans = SpanBuffer()
    var header: [String]?
    var dataRows = 0
    var diagnostics: [Diagnostic] = []

    init(file: String, buffer: UnsafeBufferPointer<UInt8>) {
        self.file = file
        p = buffer
        n = buffer.count
    }

    enum RowEnd { case complete, bad, endOfInput }

    mutating func run<Handler: CSVRowHandler>(_ handler: inout Handler) {
        while i < n {
            let rowLine = line
            spans.count = 0
            switch readRow(rowLine: rowLine) {
            case .bad: continue
            case .endOfInput: return
            case .complete: break
            }
            if isBlankRow() { continue }
            guard let header else {
                header = withRow(line: rowLine, index: 0) { row in (0..<row.count).map { row.string($0) } }
                deliver(&handler, line: rowLine, index: 0)
                continue
            }
            if spans.count != header.count {
                let extrasEmpty = spans.count > header.count && (header.count..<spans.count).allSatisfy { spans[$0].isEmpty }
                guard extrasEmpty else {
                    report(.csvRaggedRow, line: rowLine,
                           message: "本行有 \(spans.count) 列，表头有 \(header.count) 列，列数不一致。",
                           fix: "检查本行是否多了或少了逗号；含逗号或换行的内容要用英文双引号括起来。")
                    continue
                }
                spans.count = header.count
            }
            dataRows += 1
            deliver(&handler, line: rowLine, index: dataRows)
        }
    }

    mutating func deliver<Handler: CSVRowHandler>(_ handler: inout Handler, line: Int, index: Int) {
        withRow(line: line, index: index) { handler.handle($0) }
    }

    func withRow<R>(line: Int, index: Int, _ body: (CSVRow) -> R) -> R {
        body(CSVRow(line: line, index: index, buffer: p, spans: spans.buffer))
    }

    /// Reads one row's fields into `spans`, consuming its line end.
    mutating func readRow(rowLine: Int) -> RowEnd {
        while true {
            if i < n && p[i] == CSVByte.quote {
                guard let span = readQuotedField() else { return .endOfInput }
                spans.append(span)
                if i >= n { return .complete }
                let byte = p[i]
                if byte == CSVByte.comma { i += 1; continue }
                if byte == CSVByte.lf || byte == CSVByte.cr { consumeLineEnd(); return .complete }
                report(.csvTextAfterQuote, line: line, column: spans.count - 1,
                       message: "引号括起的内容结束后紧跟了其他字符。",
                       fix: "内容中的英文双引号要写成两个（\"\"），或把整格内容用英文双引号括起来。")
                skipRestOfLine()
                return .bad
            }
            let start = i
            i = SeparatorScan.nextSpecial(p, from: i, quotedField: false)
            if i < n && p[i] == CSVByte.quote {
                report(.csvStrayQuote, line: line, column: spans.count,
                       message: "单元格中间出现了未配对的英文双引号。",
                       fix: "把整格内容用英文双引号括起来，并把其中的每个双引号写成两个（\"\"）。")
                skipRestOfLine()
                return .bad
            }
            spans.append(CSVFieldSpan(start: start, end: i, hasDoubledQuotes: false))
            if i >= n { return .complete }
            if p[i] == CSVByte.comma { i += 1; continue }
            consumeLineEnd()
            return .complete
        }
    }

    /// Reads a quoted field starting at the opening quote; nil when the file ends
    /// inside it (reported at the line where the field began).
    mutating func readQuotedField() -> CSVFieldSpan? {
        let openingLine = line
        i += 1
        let start = i
        var doubled = false
        while true {
            while true {
                i = SeparatorScan.nextSpecial(p, from: i, quotedField: true)
                guard i < n && p[i] != CSVByte.quote else { break }
                let byte = p[i]
                if byte == CSVByte.lf || (byte == CSVByte.cr && (i + 1 == n || p[i + 1] != CSVByte.lf)) { line += 1 }
                i += 1
            }
            if i >= n {
                report(.csvUnterminatedQuote, line: openingLine, column: spans.count,
                       message: "从这一行开始的英文双引号一直没有闭合，文件后面的内容都无法读取。",
                       fix: "在该单元格内容的末尾补上英文双引号，或删去开头多余的双引号。")
                return nil
            }
            if i + 1 < n && p[i + 1] == CSVByte.quote {
                doubled = true
                i += 2
                continue
            }
            let span = CSVFieldSpan(start: start, end: i, hasDoubledQuotes: doubled)
            i += 1
            return span
        }
    }

    mutating func consumeLineEnd() {
        if p[i] == CSVByte.cr { i += 1 }
        if i < n && p[i] == CSVByte.lf { i += 1 }
        line += 1
    }

    mutating func skipRestOfLine() {
        while i < n && p[i] != CSVByte.lf && p[i] != CSVByte.cr { i += 1 }
        if i < n { consumeLineEnd() }
    }

    func isBlankRow() -> Bool {
        guard spans.count == 1 else { return false }
        let span = spans[0]
        if span.start > 0 && p[span.start - 1] == CSVByte.quote { return false }
        for k in span.start..<span.end where p[k] != CSVByte.space && p[k] != CSVByte.tab { return false }
        return true
    }

    mutating func report(_ code: DiagnosticCode, line: Int, column: Int? = nil, message: String, fix: String) {
        var columnName: String?
        if let column {
            if let header, column < header.count {
                columnName = Diagnostic.clipped(header[column])
            } else {
                columnName = "第\(column + 1)列"
            }
        }
        diagnostics.append(Diagnostic(code: code, at: SourceLocation(file: file, line: line, column: columnName),
                                      message: message, fix: fix))
    }
}

/// Finding the next byte that ends a run of field text, eight bytes at a time
/// (SWAR): a word is skipped whole unless one of its bytes is `"`, LF or CR — or,
/// outside quotes, `,`. Text bytes of CJK (all ≥ 0x80) and ASCII letters pass in bulk.
enum SeparatorScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A word with the high bit set in each byte equal to `byte`'s (exact: no false positives
    /// below the first match, so the first set bit is the first match).
    @inline(__always)
    private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// The index of the first `"`, LF, CR (and `,` unless `quotedField`) at or after `i`, or the count.
    @inline(__always)
    static func nextSpecial(_ p: UnsafeBufferPointer<UInt8>, from start: Int, quotedField: Bool) -> Int {
        let n = p.count
        var i = start
        guard let base = p.baseAddress else { return n }
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            var hits = matches(word, CSVByte.quote) | matches(word, CSVByte.lf) | matches(word, CSVByte.cr)
            if !quotedField { hits |= matches(word, CSVByte.comma) }
            if hits != 0 {
                // The lowest match is exact; stop there and let the byte loop decide.
                return i + hits.trailingZeroBitCount / 8
            }
            i += 8
        }
        while i < n {
            let byte = p[i]
            if byte == CSVByte.quote || byte == CSVByte.lf || byte == CSVByte.cr || (!quotedField && byte == CSVByte.comma) { return i }
            i += 1
        }
        return n
    }
}

/// The fields of the row being read: a plain growable buffer, because an `Array`
/// here costs a uniqueness check on every field of every row.
struct SpanBuffer {
    private var base = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: 64)
    private var capacity = 64
    var count = 0

    var buffer: UnsafeBufferPointer<CSVFieldSpan> { UnsafeBufferPointer(start: base, count: count) }

    subscript(index: Int) -> CSVFieldSpan { base[index] }

    mutating func append(_ span: CSVFieldSpan) {
        if count == capacity {
            let larger = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: span)
        count += 1
    }

    func free() { base.deallocate() }
}
