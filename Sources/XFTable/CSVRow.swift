/// One field of a row: a byte range of the decoded file. For quoted fields the
/// range excludes the surrounding quotes and still holds any doubled `""`.
public struct CSVFieldSpan: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var hasDoubledQuotes: Bool

    public var isEmpty: Bool { start == end }
}

/// A row as the parser hands it to a handler: a view into the file's bytes, valid
/// only during the handler call. Nothing is copied unless a caller asks for a
/// `String`, so a large file never turns into a `String` per cell.
public struct CSVRow {
    /// Physical line (1-based) on which the row starts.
    public let line: Int
    /// 0 for the header row, then 1, 2, … for data rows.
    public let index: Int
    let buffer: UnsafeBufferPointer<UInt8>
    let spans: UnsafeBufferPointer<CSVFieldSpan>

    public var count: Int { spans.count }

    /// The file's bytes and the row's field spans, for a reader that takes many
    /// fields in one pass (valid during the handler call; spans are raw, see `rawField`).
    public var fields: (bytes: UnsafeBufferPointer<UInt8>, spans: UnsafeBufferPointer<CSVFieldSpan>) { (buffer, spans) }

    /// The field's bytes with quotes undone (`""` → `"`), passed to `body`.
    public func withField<R>(_ field: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let span = spans[field]
        let raw = UnsafeBufferPointer(rebasing: buffer[span.start..<span.end])
        guard span.hasDoubledQuotes else { return try body(raw) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.count)
        var previousWasQuote = false
        for byte in raw {
            if byte == CSVByte.quote && previousWasQuote { previousWasQuote = false; continue }
            previousWasQuote = byte == CSVByte.quote
            unescaped.append(byte)
        }
        return try unescaped.withUnsafeBufferPointer { try body($0) }
    }

    /// The field's bytes as they stand in the file (any `""` still doubled), valid
    /// during the handler call, and whether quotes need undoing.
    public func rawField(_ field: Int) -> (bytes: UnsafeBufferPointer<UInt8>, hasDoubledQuotes: Bool) {
        let span = spans[field]
        return (UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]), span.hasDoubledQuotes)
    }

    /// The field as a `String`, quotes undone, not trimmed.
    public func string(_ field: Int) -> String {
        withField(field) { String(decoding: $0, as: UTF8.self) }
    }

    public func isEmpty(_ field: Int) -> Bool { spans[field].isEmpty }
}

enum CSVByte {
    static let quote: UInt8 = 0x22
    static let comma: UInt8 = 0x2C
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
}

/// Receives rows from `CSVParser`. Generic, so the parser's hot loop is
/// specialised for each handler rather than calling through a closure.
public protocol CSVRowHandler {
    /// Called for the header (index 0) and every data row, in file order.
    mutating func handle(_ row: CSVRow)

    /// Asked of each of the first rows (up to `CSVParser.headerSearchRows`) until one
    /// answers true: is this the header? Rows before it (a title, an 导出时间 line) are
    /// passed over. When none is, the first row is the header after all.
    mutating func isHeader(_ row: CSVRow) -> Bool

    /// The fields of the data row just handled whose bytes the handler found to
    /// be valid UTF-8 without a NUL byte (bit k for field k < 64): cells that
    /// matched a word or a name it knows. A parse that checks the text checks
    /// only the others.
    func knownUTF8Fields() -> UInt64
}

extension CSVRowHandler {
    public mutating func isHeader(_ row: CSVRow) -> Bool { true }

    public func knownUTF8Fields() -> UInt64 { 0 }
}
