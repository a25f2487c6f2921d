/// Writes XML by construction: element and attribute names are `StaticString`s
/// in the code (never data), attribute values and text are always escaped, and
/// characters XML 1.0 forbids (controls other than tab, LF, CR; U+FFFE/U+FFFF;
/// lone surrogates cannot occur in a Swift String) are dropped. So no input text
/// can break a part's markup.
struct XMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(declaration: Bool = true) {
        if declaration { raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") }
    }

    typealias Attributes = KeyValuePairs<StaticString, String>

    mutating func open(_ name: StaticString, _ attributes: Attributes = [:]) {
        start(name, attributes)
        bytes.append(0x3E)
    }

    mutating func close(_ name: StaticString) {
        raw("</")
        append(name)
        bytes.append(0x3E)
    }

    /// `<name a="…"/>`.
    mutating func empty(_ name: StaticString, _ attributes: Attributes = [:]) {
        start(name, attributes)
        raw("/>")
    }

    /// `<name a="…">text</name>`.
    mutating func element(_ name: StaticString, _ attributes: Attributes = [:], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    mutating func element(_ name: StaticString, _ attributes: Attributes = [:], _ body: (inout XMLBuffer) -> Void) {
        open(name, attributes)
        body(&self)
        close(name)
    }

    mutating func text(_ text: String) { escape(text, quotes: false) }

    private mutating func start(_ name: StaticString, _ attributes: Attributes) {
        bytes.append(0x3C)
        append(name)
        for (key, value) in attributes {
            bytes.append(0x20)
            append(key)
            raw("=\"")
            escape(value, quotes: true)
            bytes.append(0x22)
        }
    }

    private mutating func append(_ name: StaticString) {
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func escape(_ text: String, quotes: Bool) {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: raw("&amp;")
            case 0x3C: raw("&lt;")
            case 0x3E: raw("&gt;")
            case 0x22 where quotes: raw("&quot;")
            case 0x09, 0x0A, 0x0D: bytes.append(contentsOf: quotes ? Array("&#\(scalar.value);".utf8) : [UInt8(scalar.value)])
            case 0x00 ..< 0x20, 0xFFFE, 0xFFFF: continue
            default: bytes.append(contentsOf: String(Character(scalar)).utf8)
            }
        }
    }
}
