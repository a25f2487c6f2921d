/// An output file under construction: bytes appended in place, written once.
/// Rows are never held as `String`s, which keeps the million-case run fast and small.
struct ByteBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
    mutating func append(byte: UInt8) { bytes.append(byte) }
    mutating func append(raw: [UInt8]) { bytes.append(contentsOf: raw) }

    mutating func append(int value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")); append(int: -value); return }
        if value >= 10 { append(int: value / 10) }
        bytes.append(UInt8(ascii: "0") &+ UInt8(value % 10))
    }

    mutating func append(int value: Int, width: Int) {
        var digits = 1, probe = value
        while probe >= 10 { probe /= 10; digits += 1 }
        for _ in digits..<max(width, digits) { bytes.append(UInt8(ascii: "0")) }
        append(int: value)
    }

    /// A CSV cell, quoted (RFC 4180) only when it holds a comma, quote or line break.
    mutating func append(field text: String) {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        for b in utf8 {
            if b == 0x22 { bytes.append(0x22) }
            bytes.append(b)
        }
        bytes.append(0x22)
    }

    mutating func append(date: Day, form: DateForm) {
        let c = Calendar.civil(date)
        switch form {
        case .iso: appendISO(c)
        case .withTime:
            appendISO(c)
            append(" ")
            append(int: 8 + Int(date) % 10, width: 2)
            append(":")
            append(int: Int(date) * 7 % 60, width: 2)
        case .slash: appendSeparated(c, "/", "/", "")
        case .dotted: appendSeparated(c, ".", ".", "")
        case .chinese: appendSeparated(c, "年", "月", "日")
        case .compact:
            append(int: c.year, width: 4); append(int: c.month, width: 2); append(int: c.day, width: 2)
        case .fullWidth:
            var ascii = ByteBuffer(capacity: 10)
            ascii.appendISO(c)
            // Only the digits go full width (U+FF10… is EF BC 90… in UTF-8): DATA.md
            // normalises full-width digits, not punctuation.
            for b in ascii.bytes {
                if b == UInt8(ascii: "-") { bytes.append(b) } else { bytes.append(contentsOf: [0xEF, 0xBC, 0x90 + (b - UInt8(ascii: "0"))]) }
            }
        }
    }

    private mutating func appendISO(_ c: (year: Int, month: Int, day: Int)) {
        append(int: c.year, width: 4)
        bytes.append(UInt8(ascii: "-")); append(int: c.month, width: 2)
        bytes.append(UInt8(ascii: "-")); append(int: c.day, width: 2)
    }

    private mutating func appendSeparated(_ c: (year: Int, month: Int, day: Int), _ a: String, _ b: String, _ end: String) {
        append(int: c.year); append(a); append(int: c.month); append(b); append(int: c.day); append(end)
    }
}
