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

    /// How many non-blank rows may stand above the header.
    public static let headerSearchRows = 10

    public init(file: String) { self.file = file }

    /// Parses `bytes`, handing rows to `handler`; returns the problems found.
    public func parse<Handler: CSVRowHandler>(_ bytes: UnsafeBufferPointer<UInt8>, into handler: inout Handler) -> [Diagnostic] {
        parse(bytes, into: &handler, checkingText: false) ?? []
    }

    /// Parses bytes not yet known to be UTF-8, checking them on the way: each
    /// field the handler does not vouch for (`knownUTF8Fields`) and each row it
    /// is not given (a bad, blank or title row, the header). Nil when they are
    /// not valid UTF-8 or hold a NUL byte: the parse stopped there, and the
    /// handler has seen rows of a text that must be decoded first.
    public func parseCheckingText<Handler: CSVRowHandler>(_ bytes: UnsafeBufferPointer<UInt8>,
                                                          into handler: inout Handler) -> [Diagnostic]? {
        parse(bytes, into: &handler, checkingText: true)
    }

    private func parse<Handler: CSVRowHandler>(_ bytes: UnsafeBufferPointer<UInt8>, into handler: inout Handler,
                                               checkingText: Bool) -> [Diagnostic]? {
        var state = ParseState(file: file, buffer: bytes, checksText: checkingText)
        defer { state.spans.free() }
        state.run(&handler)
        if state.textInvalid { return nil }
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
    /// Where the first non-blank row began, while the header is still being looked for.
    var firstRow: (i: Int, line: Int, diagnostics: Int)?
    var rowsBeforeHeader = 0
    /// Set once no row answered `isHeader`: the first row is taken as the header.
    var headerForced = false
    /// Whether the bytes are checked to be UTF-8 while they are read, and whether they failed.
    let checksText: Bool
    var textInvalid = false

    init(file: String, buffer: UnsafeBufferPointer<UInt8>, checksText: Bool) {
        self.file = file
        p = buffer
        n = buffer.count
        self.checksText = checksText
    }

    enum RowEnd { case complete, bad, endOfInput }

    mutating func run<Handler: CSVRowHandler>(_ handler: inout Handler) {
        while true {
            read(&handler)
            if textInvalid { return }
            // No row was the header: go back and take the first one.
            guard header == nil, let first = firstRow, !headerForced else { return }
            restart(at: first)
        }
    }

    mutating func restart(at first: (i: Int, line: Int, diagnostics: Int)) {
        headerForced = true
        i = first.i
        line = first.line
        diagnostics.removeLast(diagnostics.count - first.diagnostics)
    }

    mutating func read<Handler: CSVRowHandler>(_ handler: inout Handler) {
        while i < n {
            let rowStart = i
            let rowLine = line
            let problemsBefore = diagnostics.count
            spans.count = 0
            switch readRow(rowLine: rowLine) {
            case .bad:
                guard checkText(rowStart, i) else { return }
                continue
            case .endOfInput:
                _ = checkText(rowStart, n)
                return
            case .complete: break
            }
            // Every byte of a row the handler is not given is checked; of a row it is given, each field it does not vouch for.
            if isBlankRow() {
                guard checkText(rowStart, i) else { return }
                continue
            }
            guard let header else {
                guard checkText(rowStart, i) else { return }
                if firstRow == nil { firstRow = (rowStart, rowLine, problemsBefore) }
                if !headerForced && !withRow(line: rowLine, index: 0, { handler.isHeader($0) }) {
                    rowsBeforeHeader += 1
                    if rowsBeforeHeader == CSVParser.headerSearchRows, let first = firstRow { restart(at: first) }
                    continue
                }
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
                    guard checkText(rowStart, i) else { return }
                    continue
                }
                spans.count = header.count
            }
            dataRows += 1
            deliver(&handler, line: rowLine, index: dataRows)
            if checksText {
                guard checkFields(except: handler.knownUTF8Fields()) else { return }
            }
        }
    }

    /// Whether bytes `start..<end` are valid UTF-8 without a NUL, when the parse
    /// checks its text (a row, or a field: multi-byte characters never hold the
    /// ASCII bytes that end them); if not, the parse is marked failed.
    mutating func checkText(_ start: Int, _ end: Int) -> Bool {
        guard checksText, start < end, let base = p.baseAddress else { return true }
        if UTF8Validation.isPlainASCII(base + start, count: end - start) { return true }
        if case .valid = UTF8Validation.scan(UnsafeBufferPointer(start: base + start, count: end - start)) { return true }
        textInvalid = true
        return false
    }

    /// `checkText` of each field of the row except those in `known` (bit k: field k).
    mutating func checkFields(except known: UInt64) -> Bool {
        let count = spans.count
        // The first 64 fields by the set bits of those not known, then any others.
        var todo = ~known & (count >= 64 ? ~0 : (1 &<< UInt64(count)) &- 1)
        while todo != 0 {
            let span = spans[todo.trailingZeroBitCount]
            todo &= todo &- 1
            guard checkText(span.start, span.end) else { return false }
        }
        for k in min(count, 64)..<count {
            let span = spans[k]
            guard checkText(span.start, span.end) else { return false }
        }
        return true
    }

    mutating func deliver<Handler: CSVRowHandler>(_ handler: inout Handler, line: Int, index: Int) {
        withRow(line: line, index: index) { handler.handle($0) }
    }

    func withRow<R>(line: Int, index: Int, _ body: (CSVRow) -> R) -> R {
        body(CSVRow(line: line, index: index, buffer: p, spans: spans.buffer))
    }

    /// Reads one row's fields into `spans`, consuming its line end. Unquoted fields
    /// are cut from a mask of the special bytes of eight at a time
    /// (`SeparatorScan.specials`), so several short fields come from one load; a
    /// field that opens with a quote is read on its own. The row's spans are
    /// appended to a local copy of the buffer (a pointer and two counts, kept in
    /// registers) that is stored back before anything else looks at `spans`.
    mutating func readRow(rowLine: Int) -> RowEnd {
        guard let base = p.baseAddress else { return .endOfInput }
        var row = spans
        defer { spans = row }
        var fieldStart = i
        var word = i
        var mask = SeparatorScan.specials(p, at: word)
        while true {
            while mask == 0 {
                word &+= 8
                if word &+ 8 <= n {
                    mask = SeparatorScan.specials(UnsafeRawPointer(base + word).loadUnaligned(as: UInt64.self))
                    continue
                }
                guard word < n else {
                    row.append(CSVFieldSpan(start: fieldStart, end: n, hasDoubledQuotes: false))
                    i = n
                    return .complete
                }
                mask = SeparatorScan.specials(p, at: word)
            }
            let at = word &+ mask.trailingZeroBitCount &>> 3
            mask &= mask &- 1
            let byte = base[at]
            if byte == CSVByte.comma {
                row.append(CSVFieldSpan(start: fieldStart, end: at, hasDoubledQuotes: false))
                fieldStart = at &+ 1
                continue
            }
            if byte == CSVByte.lf || byte == CSVByte.cr {
                row.append(CSVFieldSpan(start: fieldStart, end: at, hasDoubledQuotes: false))
                i = at
                consumeLineEnd()
                return .complete
            }
            // A space, a tab, `!`: text.
            guard byte == CSVByte.quote else { continue }
            i = at
            spans = row
            guard at == fieldStart else {
                report(.csvStrayQuote, line: line, column: row.count,
                       message: "单元格中间出现了未配对的英文双引号。",
                       fix: "把整格内容用英文双引号括起来，并把其中的每个双引号写成两个（\"\"）。")
                skipRestOfLine()
                return .bad
            }
            guard let span = readQuotedField() else { return .endOfInput }
            row.append(span)
            if i >= n { return .complete }
            let next = p[i]
            if next == CSVByte.lf || next == CSVByte.cr { consumeLineEnd(); return .complete }
            guard next == CSVByte.comma else {
                spans = row
                report(.csvTextAfterQuote, line: line, column: row.count - 1,
                       message: "引号括起的内容结束后紧跟了其他字符。",
                       fix: "内容中的英文双引号要写成两个（\"\"），或把整格内容用英文双引号括起来。")
                skipRestOfLine()
                return .bad
            }
            i += 1
            fieldStart = i
            word = i
            mask = i < n ? SeparatorScan.specials(p, at: word) : 0
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
                i = SeparatorScan.nextInQuotedField(p, from: i)
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

    @inline(never)
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

    @inline(never)
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

/// Finding the bytes that end a run of field text eight at a time (SWAR), with
/// exact byte tests (no borrow runs between bytes): every set bit of a mask is a
/// byte to look at. Text bytes of CJK (all ≥ 0x80) and ASCII letters pass in bulk.
enum SeparatorScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Bit 7 of each byte of `word` set where the byte is `byte` (ASCII), exactly.
    @inline(__always)
    private static func notEqual(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return ((x & lows) &+ lows) | x
    }

    /// Bit 7 of each byte set where the byte is `,` or below 0x23: `"`, LF and CR,
    /// and the rarer space, `!`, tab or other control byte, which the reader passes
    /// over as text (two tests instead of four).
    @inline(__always)
    static func specials(_ word: UInt64) -> UInt64 {
        let atLeast23 = ((word & lows) &+ (ones &* (0x80 - 0x23))) | word
        return ~(atLeast23 & notEqual(word, CSVByte.comma)) & highs
    }

    /// `specials` of the eight bytes from `i` (fewer at the end: none past it).
    @inline(__always)
    static func specials(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        let n = p.count
        let base = p.baseAddress!
        if i + 8 <= n { return specials(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) }
        var word: UInt64 = 0x4141_4141_4141_4141   // "A", no special, past the end
        for k in 0..<(n - i) {
            let shift = UInt64(k * 8)
            word = word & ~(0xFF << shift) | UInt64(base[i + k]) << shift
        }
        return specials(word)
    }

    /// The index of the first `"`, LF or CR at or after `i`, or the count: the end of
    /// a run of text inside quotes.
    @inline(__always)
    static func nextInQuotedField(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = p.count
        var i = start
        guard let base = p.baseAddress else { return n }
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let hits = ~(notEqual(word, CSVByte.quote) & notEqual(word, CSVByte.lf) & notEqual(word, CSVByte.cr)) & highs
            if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < n {
            let byte = p[i]
            if byte == CSVByte.quote || byte == CSVByte.lf || byte == CSVByte.cr { return i }
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

    @inline(__always)
    mutating func append(_ span: CSVFieldSpan) {
        guard count < capacity else { return grow(appending: span) }
        (base + count).initialize(to: span)
        count += 1
    }

    @inline(never)
    private mutating func grow(appending span: CSVFieldSpan) {
        let larger = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
        (base + count).initialize(to: span)
        count += 1
    }

    func free() { base.deallocate() }
}
