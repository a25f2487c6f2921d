import XFText

/// Escaping by the place a value lands in, chosen once at parse time:
/// HTML text and attributes use `MarkupEscape`; URL attributes also refuse
/// script-running schemes and percent-encode; SVG (XML) additionally drops the
/// control characters XML forbids, which would make the whole file unreadable.
enum ContextEscape {
    static func append(_ value: String, in context: EscapeContext, to out: inout [UInt8]) {
        switch context {
        case .text(let xml):
            MarkupEscape.append(xml ? xmlAllowed(value) : value, to: &out, quotes: false)
        case .attribute(let xml):
            MarkupEscape.append(xml ? xmlAllowed(value) : value, to: &out, quotes: true)
        case .url(_, let quote):
            // Percent-encoding already removes every control character and quote.
            // The scheme is judged on the raw value, as lenient browsers would read it.
            if hasForbiddenScheme(valueStart: attributeValueStart(in: out, quote: quote), of: out, then: value) {
                out.append(UInt8(ascii: "#"))
            } else {
                let encoded = percentEncoded(value)
                MarkupEscape.append(encoded, to: &out, quotes: true)
            }
        }
    }

    /// Schemes that run code when a link is followed or a resource is loaded.
    static let forbiddenSchemes: Set<String> = ["javascript", "vbscript", "data"]
    private static let forbidden = forbiddenSchemes.sorted().map { Scheme($0.utf8) }

    /// The first bytes of a URL's scheme (lower-cased), packed into two words: the
    /// check of every link attribute allocates nothing.
    struct Scheme: Equatable {
        static let capacity = 16
        private(set) var count = 0
        private var low: UInt64 = 0, high: UInt64 = 0

        init() {}

        init(_ bytes: some Sequence<UInt8>) {
            for byte in bytes { append(byte) }
        }

        /// At most `capacity` bytes.
        mutating func append(_ byte: UInt8) {
            if count < 8 { low |= UInt64(byte) << (8 * count) } else { high |= UInt64(byte) << (8 * (count - 8)) }
            count += 1
        }
    }

    /// Where the current attribute value began in the output: the last `quote`,
    /// since escaped values and the static text inside a value cannot contain it.
    static func attributeValueStart(in out: [UInt8], quote: UInt8) -> Int {
        var index = out.count
        while index > 0, out[index - 1] != quote { index -= 1 }
        return index
    }

    /// Checks the scheme of the URL as the browser will see it: the attribute's
    /// text so far followed by this value, so `java` + `script:…` is caught too.
    static func hasForbiddenScheme(valueStart: Int, of out: [UInt8], then value: String) -> Bool {
        var scheme = Scheme()
        var leading = true
        func feed(_ byte: UInt8) -> Bool? {
            // Browsers skip leading spaces and control characters.
            if leading, byte <= 0x20 { return nil }
            leading = false
            if byte == UInt8(ascii: ":") { return forbidden.contains(scheme) }
            let isSchemeByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E
            guard isSchemeByte, scheme.count < Scheme.capacity else { return false }
            scheme.append((byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte)
            return nil
        }
        for index in valueStart..<out.count {
            if let verdict = feed(out[index]) { return verdict }
        }
        for byte in value.utf8 {
            if let verdict = feed(byte) { return verdict }
        }
        return false
    }

    /// Spaces, controls, quotes, angle brackets and non-ASCII bytes become `%XX`;
    /// a `%` already starting an escape is kept so encoded links stay as they are.
    static func percentEncoded(_ value: String) -> String {
        // Nearly every link needs nothing: check without copying its bytes.
        var value = value
        guard value.withUTF8({ $0.contains(where: { needsEncoding($0) || $0 == UInt8(ascii: "%") }) }) else { return value }
        let bytes = Array(value.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for (index, byte) in bytes.enumerated() {
            let keptPercent = byte == UInt8(ascii: "%") && index + 2 < bytes.count
                && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2])
            if needsEncoding(byte) || (byte == UInt8(ascii: "%") && !keptPercent) {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func needsEncoding(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, 0x7F...0xFF: true
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
             UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            true
        default: false
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    /// XML 1.0 allows tab, line feed, carriage return and U+0020 and above,
    /// except U+FFFE and U+FFFF; anything else is dropped.
    static func xmlAllowed(_ value: String) -> String {
        let suspicious = value.utf8.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0xEF }
        guard suspicious else { return value }
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            let code = scalar.value
            let allowed = code == 0x09 || code == 0x0A || code == 0x0D || (code >= 0x20 && code != 0xFFFE && code != 0xFFFF)
            if allowed { out.append(scalar) }
        }
        return String(out)
    }
}
