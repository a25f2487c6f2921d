/// Excel's A1 references: columns A…XFD (16,384), rows 1…1,048,576.
public enum CellReference {
    public static let maxColumns = 16_384
    public static let maxRows = 1_048_576

    /// `C17` for column 2 (0-based) and row 17 (1-based).
    public static func name(column: Int, row: Int) -> String {
        columnName(column) + String(row)
    }

    /// `A`, `Z`, `AA`, … for 0, 25, 26, …
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [UInt8] = []
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(UInt8(0x41 + digit))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    public static func parse(_ reference: String) -> (column: Int, row: Int)? {
        var bytes = Array(reference.utf8)
        return bytes.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0)) }
    }

    /// Parses `C17` (or `$C$17`) into a 0-based column and 1-based row; nil when it
    /// is not a reference or lies beyond XFD1048576.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int)? {
        var k = 0
        let n = bytes.count
        if k < n && bytes[k] == 0x24 { k += 1 }
        var column = 0
        var letters = 0
        while k < n {
            var byte = bytes[k]
            if byte >= 0x61 && byte <= 0x7A { byte -= 0x20 }
            guard byte >= 0x41 && byte <= 0x5A else { break }
            column = column * 26 + Int(byte - 0x40)
            letters += 1
            guard letters <= 3 else { return nil }
            k += 1
        }
        if k < n && bytes[k] == 0x24 { k += 1 }
        var row = 0
        var digits = 0
        while k < n, bytes[k] >= 0x30 && bytes[k] <= 0x39 {
            row = row * 10 + Int(bytes[k] - 0x30)
            digits += 1
            guard digits <= 7 else { return nil }
            k += 1
        }
        guard k == n, letters > 0, digits > 0, column <= maxColumns, row >= 1, row <= maxRows else { return nil }
        return (column - 1, row)
    }
}
