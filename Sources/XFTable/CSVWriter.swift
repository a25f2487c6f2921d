/// Writes RFC 4180 CSV: fields holding a comma, quote, CR or LF are quoted, with
/// quotes doubled. Used for the machine-readable output and by the tests that
/// round-trip tables through the reader.
public struct CSVWriter {
    public enum LineEnd: String, Sendable { case lf = "\n", crlf = "\r\n" }

    public private(set) var bytes: [UInt8] = []
    let lineEnd: [UInt8]

    /// `byteOrderMark` starts the output with U+FEFF so that Excel reads it as UTF-8.
    public init(lineEnd: LineEnd = .lf, byteOrderMark: Bool = false) {
        self.lineEnd = Array(lineEnd.rawValue.utf8)
        if byteOrderMark { bytes = [0xEF, 0xBB, 0xBF] }
    }

    public mutating func writeRow<S: StringProtocol>(_ fields: [S]) {
        // A lone blank field would make a blank line, which readers skip: quote it.
        if fields.count == 1, fields[0].utf8.allSatisfy({ $0 == CSVByte.space || $0 == CSVByte.tab }) {
            bytes.append(CSVByte.quote)
            bytes.append(contentsOf: fields[0].utf8)
            bytes.append(CSVByte.quote)
            bytes.append(contentsOf: lineEnd)
            return
        }
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(CSVByte.comma) }
            append(field)
        }
        bytes.append(contentsOf: lineEnd)
    }

    mutating func append<S: StringProtocol>(_ field: S) {
        let utf8 = field.utf8
        let needsQuotes = utf8.contains { $0 == CSVByte.comma || $0 == CSVByte.quote || $0 == CSVByte.lf || $0 == CSVByte.cr }
        guard needsQuotes else { bytes.append(contentsOf: utf8); return }
        bytes.append(CSVByte.quote)
        for byte in utf8 {
            if byte == CSVByte.quote { bytes.append(CSVByte.quote) }
            bytes.append(byte)
        }
        bytes.append(CSVByte.quote)
    }
}
