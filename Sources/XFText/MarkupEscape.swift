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
            for byte in utf8 where isMarkup(byte) { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !plain { bytes.append(contentsOf: escape(value, quotes: quotes).utf8) }
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
