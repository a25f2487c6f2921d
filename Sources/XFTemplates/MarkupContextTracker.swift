/// A light HTML tokenizer run over a template's static text, so that each tag
/// knows at parse time where it sits: in text, in a quoted attribute value (and
/// which attribute), inside a tag, in `<script>`/`<style>`, or under `<svg>`.
/// It is resumable byte by byte because tags cut the text into pieces.
struct MarkupContextTracker {
    enum State: Equatable {
        case text
        case tagOpen
        case endTagOpen
        case tagName
        case declaration(dashes: Int)
        case comment(dashes: Int)
        case beforeAttributeName
        case attributeName
        case afterAttributeName
        case beforeAttributeValue
        case quotedValue(quote: UInt8)
        case unquotedValue
        case rawText(matched: Int)
    }

    /// Where a template tag sits, as the parser needs to know it.
    enum Placement: Equatable {
        case text(svg: Bool)
        case comment
        case rawText(tag: String)
        /// In a tag name, between attributes or in an attribute name.
        case insideTag
        case unquotedValue(attribute: String)
        case quotedValue(attribute: String, quote: UInt8, svg: Bool, start: Int)
    }

    private(set) var state = State.text
    private var tagName: [UInt8] = []
    private var isEndTag = false
    private var selfClosing = false
    private var attributeName: [UInt8] = []
    private var attributeValueStart = 0
    private var svgDepth = 0
    private var rawTextTag: [UInt8] = []
    /// `</script` or `</style`, lowercase, which ends the raw text.
    private var rawTextEnd: [UInt8] = []
    private static let svg = Array("svg".utf8), script = Array("script".utf8), style = Array("style".utf8)

    var placement: Placement {
        switch state {
        case .text: .text(svg: svgDepth > 0)
        case .declaration, .comment: .comment
        case .rawText: .rawText(tag: String(decoding: rawTextTag, as: UTF8.self))
        case .tagOpen, .endTagOpen, .tagName, .beforeAttributeName, .attributeName, .afterAttributeName: .insideTag
        case .beforeAttributeValue, .unquotedValue: .unquotedValue(attribute: String(decoding: attributeName, as: UTF8.self))
        case .quotedValue(let quote):
            .quotedValue(attribute: String(decoding: attributeName, as: UTF8.self), quote: quote,
                         svg: svgDepth > 0, start: attributeValueStart)
        }
    }

    /// Feeds static text; the slice indices are offsets in the template.
    mutating func consume(_ bytes: ArraySlice<UInt8>) {
        for index in bytes.indices { step(bytes[index], at: index) }
    }

    private mutating func step(_ byte: UInt8, at offset: Int) {
        let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
        let space = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
        switch state {
        case .text:
            if byte == UInt8(ascii: "<") { state = .tagOpen }
        case .tagOpen:
            if Self.isLetter(byte) {
                startTag(lower, end: false)
            } else if byte == UInt8(ascii: "/") {
                state = .endTagOpen
            } else if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                state = .declaration(dashes: byte == UInt8(ascii: "!") ? 0 : -1)
            } else {
                state = byte == UInt8(ascii: "<") ? .tagOpen : .text
            }
        case .endTagOpen:
            if Self.isLetter(byte) { startTag(lower, end: true) } else { state = .text }
        case .tagName:
            if space { state = .beforeAttributeName }
            else if byte == UInt8(ascii: "/") { selfClosing = true; state = .beforeAttributeName }
            else if byte == UInt8(ascii: ">") { finishTag() }
            else { tagName.append(lower) }
        case .declaration(let dashes):
            // `<!--` opens a comment; any other `<!…>` or `<?…>` ends at `>`.
            if dashes >= 0, byte == UInt8(ascii: "-") {
                state = dashes == 1 ? .comment(dashes: 0) : .declaration(dashes: 1)
            } else if byte == UInt8(ascii: ">") {
                state = .text
            } else {
                state = .declaration(dashes: -1)
            }
        case .comment(let dashes):
            if byte == UInt8(ascii: "-") { state = .comment(dashes: dashes + 1) }
            else if byte == UInt8(ascii: ">"), dashes >= 2 { state = .text }
            else { state = .comment(dashes: 0) }
        case .beforeAttributeName:
            if space { break }
            if byte == UInt8(ascii: "/") { selfClosing = true }
            else if byte == UInt8(ascii: ">") { finishTag() }
            else { startAttribute(lower) }
        case .attributeName:
            if space { state = .afterAttributeName }
            else if byte == UInt8(ascii: "=") { state = .beforeAttributeValue }
            else if byte == UInt8(ascii: ">") { finishTag() }
            else if byte == UInt8(ascii: "/") { selfClosing = true; state = .beforeAttributeName }
            else { attributeName.append(lower) }
        case .afterAttributeName:
            if space { break }
            if byte == UInt8(ascii: "=") { state = .beforeAttributeValue }
            else if byte == UInt8(ascii: ">") { finishTag() }
            else if byte == UInt8(ascii: "/") { selfClosing = true; state = .beforeAttributeName }
            else { startAttribute(lower) }
        case .beforeAttributeValue:
            if space { break }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                state = .quotedValue(quote: byte)
                attributeValueStart = offset + 1
            } else if byte == UInt8(ascii: ">") {
                finishTag()
            } else {
                state = .unquotedValue
            }
        case .quotedValue(let quote):
            if byte == quote { state = .beforeAttributeName }
        case .unquotedValue:
            if space { state = .beforeAttributeName } else if byte == UInt8(ascii: ">") { finishTag() }
        case .rawText(let matched):
            // Looks for `</script` (or `</style`) to leave raw text.
            if lower == rawTextEnd[matched] {
                if matched + 1 == rawTextEnd.count {
                    tagName = rawTextTag
                    isEndTag = true
                    selfClosing = false
                    state = .tagName
                } else {
                    state = .rawText(matched: matched + 1)
                }
            } else {
                state = .rawText(matched: byte == UInt8(ascii: "<") ? 1 : 0)
            }
        }
    }

    private mutating func startTag(_ first: UInt8, end: Bool) {
        tagName = [first]
        isEndTag = end
        selfClosing = false
        state = .tagName
    }

    private mutating func startAttribute(_ first: UInt8) {
        attributeName = [first]
        selfClosing = false
        state = .attributeName
    }

    private mutating func finishTag() {
        let isSVG = tagName == Self.svg
        if isEndTag {
            if isSVG { svgDepth = max(0, svgDepth - 1) }
            state = .text
            return
        }
        if isSVG, !selfClosing { svgDepth += 1 }
        let raw = tagName == Self.script || tagName == Self.style
        if raw, !(selfClosing && svgDepth > 0) {
            rawTextTag = tagName
            rawTextEnd = [UInt8(ascii: "<"), UInt8(ascii: "/")] + tagName
            state = .rawText(matched: 0)
        } else {
            state = .text
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
