/// Escaping rules shared by every stage that writes markup. HTML and SVG text
/// escape `&`, `<`, `>`; attribute values also escape both quote characters, so a
/// value is safe whichever quote the template used.
public enum MarkupEscape {
    public static func text(_ value: some StringProtocol) -> String {
        escape(value, quotes: false)
    }

    public static func attribute(_ value: some StringProtocol) -> String {
        escape(value, quotes: true)
    }

    /// Appends `value` escaped for text (`quotes: false`) or an attribute value
    /// (`quotes: true`) to a byte buffer. Nearly every value (numbers, colours, CJK
    /// labels) holds no markup character and is copied as it is, in one pass.
    public static func append(_ value: String, to bytes: inout [UInt8], quotes: Bool) {
        var value = value
        let plain = value.withUTF8 { utf8 in
            if holdsMarkup(utf8) { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !plain { bytes.append(contentsOf: escape(value, quotes: quotes).utf8) }
    }

    /// Whether any byte is one `isMarkup` finds, eight bytes at a time: a byte
    /// below 0x40 has both top bits clear, and words of CJK text (bytes 0x80 and
    /// up) hold none, so most words are passed by one test; a word holding such
    /// bytes (digits, spaces, punctuation) is checked byte by byte.
    static func holdsMarkup(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        var index = 0
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let inverted = ~raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Bit 7 of each byte: set where that byte's bits 7 and 6 are both clear.
                if inverted & (inverted << 1) & 0x8080_8080_8080_8080 != 0 {
                    for offset in index..<index + 8 where isMarkup(utf8[offset]) { return true }
                }
                index += 8
            }
        }
        while index < count {
            if isMarkup(utf8[index]) { return true }
            index += 1
        }
        return false
    }

    /// `&`, `<`, `>` and both quotes, a superset of what either rule escapes: all
    /// below 0x40, so one comparison and a bit of `markupBytes` per byte.
    @inline(__always)
    static func isMarkup(_ byte: UInt8) -> Bool {
        byte < 0x40 && (markupBytes >> UInt64(byte)) & 1 != 0
    }

    /// Bit n set for byte n among `"`, `&`, `'`, `<`, `>` (a constant, not a lazily made global).
    @inline(__always)
    static var markupBytes: UInt64 { 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E }

    static func escape(_ value: some StringProtocol, quotes: Bool) -> String {
        var needs = false
        for byte in value.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || (quotes && (byte == 0x22 || byte == 0x27)) {
            needs = true
            break
        }
        guard needs else { return String(value) }
        var out = ""
        out.reserveCapacity(value.utf8.count + 16)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
