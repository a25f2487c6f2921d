import XFSource

/// Splits template bytes into text runs and `{{…}}` tags in one pass: it only
/// moves an index forward and hands out ranges, never copying the rest of the
/// template. Tags alone on a line (sections, partials, comments, …) swallow that
/// line so they leave no blank line behind, as in Mustache.
struct TemplateLexer {
    enum TagKind: Equatable {
        case variable, trusted, section, inverted, close, comment, partial, layout, block

        /// Kinds that print nothing themselves and so may stand alone on a line.
        var canStandAlone: Bool { self != .variable && self != .trusted }
    }

    struct Tag {
        let kind: TagKind
        let name: String
        /// Offset of `{{`.
        let start: Int
        let nameStart: Int
        /// Offset just after the closing braces.
        let end: Int
    }

    enum Token {
        case text(Range<Int>)
        case tag(Tag)
    }

    let bytes: [UInt8]
    let file: String
    private var position = 0
    private var pendingTag: Tag?

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    mutating func next() throws(TemplateError) -> Token? {
        if let tag = pendingTag {
            pendingTag = nil
            return .tag(tag)
        }
        guard position < bytes.count else { return nil }
        guard let open = findOpening(from: position) else {
            defer { position = bytes.count }
            return .text(position..<bytes.count)
        }
        let tag = try readTag(at: open)
        var textEnd = open
        var resume = tag.end
        if tag.kind.canStandAlone, let line = standaloneLine(of: tag) {
            textEnd = line.lowerBound
            resume = line.upperBound
        }
        let textStart = position
        position = resume
        if textEnd > textStart {
            pendingTag = tag
            return .text(textStart..<textEnd)
        }
        return .tag(tag)
    }

    private func findOpening(from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") { return index }
            index += 1
        }
        return nil
    }

    /// The whole line around a tag when only spaces and tabs share it, including
    /// its line break; nil when other text is on the line.
    private func standaloneLine(of tag: Tag) -> Range<Int>? {
        var lineStart = tag.start
        while lineStart > 0, bytes[lineStart - 1] == 0x20 || bytes[lineStart - 1] == 0x09 { lineStart -= 1 }
        guard lineStart == 0 || bytes[lineStart - 1] == 0x0A else { return nil }
        var lineEnd = tag.end
        while lineEnd < bytes.count, bytes[lineEnd] == 0x20 || bytes[lineEnd] == 0x09 { lineEnd += 1 }
        if lineEnd == bytes.count { return lineStart..<lineEnd }
        if bytes[lineEnd] == 0x0A { return lineStart..<(lineEnd + 1) }
        if bytes[lineEnd] == 0x0D, lineEnd + 1 < bytes.count, bytes[lineEnd + 1] == 0x0A { return lineStart..<(lineEnd + 2) }
        return nil
    }

    private func readTag(at open: Int) throws(TemplateError) -> Tag {
        var index = open + 2
        let triple = index < bytes.count && bytes[index] == UInt8(ascii: "{")
        if triple { index += 1 }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        var kind = TagKind.variable
        if triple {
            kind = .trusted
        } else if index < bytes.count, let sigil = Self.sigils[bytes[index]] {
            kind = sigil
            index += 1
        }
        let closing: [UInt8] = triple ? [0x7D, 0x7D, 0x7D] : [0x7D, 0x7D]
        // Only comments may run over several lines; elsewhere a line break means
        // the closing braces were forgotten, and the error points at this tag.
        guard let close = find(closing, from: index, acrossLines: kind == .comment) else {
            let opening = triple ? "{{{" : "{{"
            let closingText = triple ? "}}}" : "}}"
            throw TemplateError(code: .templateUnterminatedTag, file: file, source: bytes, offset: open,
                                message: kind == .comment ? "注释 {{! 没有结束" : "标签 \(opening) 没有结束",
                                hint: kind == .comment ? "请在注释末尾加上 }}" : "请在同一行内用 \(closingText) 结束这个标签")
        }
        var nameStart = index
        var nameEnd = close
        while nameStart < nameEnd, bytes[nameStart] == 0x20 { nameStart += 1 }
        while nameEnd > nameStart, bytes[nameEnd - 1] == 0x20 { nameEnd -= 1 }
        let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        let tag = Tag(kind: kind, name: name, start: open, nameStart: nameStart, end: close + closing.count)
        if kind != .comment { try validateName(of: tag) }
        return tag
    }

    private static let sigils: [UInt8: TagKind] = [
        UInt8(ascii: "#"): .section, UInt8(ascii: "^"): .inverted, UInt8(ascii: "/"): .close,
        UInt8(ascii: "!"): .comment, UInt8(ascii: ">"): .partial, UInt8(ascii: "<"): .layout,
        UInt8(ascii: "$"): .block, UInt8(ascii: "&"): .trusted,
    ]

    private func find(_ pattern: [UInt8], from start: Int, acrossLines: Bool) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if !acrossLines, bytes[index] == 0x0A { return nil }
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// Value names are dotted paths (`unit.name`) or `.`; partial, layout and
    /// block names are single words.
    private func validateName(of tag: Tag) throws(TemplateError) {
        let dotted = tag.kind == .variable || tag.kind == .trusted || tag.kind == .section
            || tag.kind == .inverted || tag.kind == .close
        let name = tag.name
        let wordOK = !name.isEmpty && name.utf8.allSatisfy(Self.isWordByte)
        let valid: Bool
        if dotted {
            valid = name == "." || (!name.isEmpty && name.split(separator: ".", omittingEmptySubsequences: false)
                .allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(Self.isWordByte) })
        } else {
            valid = wordOK
        }
        guard !valid else { return }
        if name.isEmpty {
            throw TemplateError(code: .templateEmptyName, file: file, source: bytes, offset: tag.start,
                                message: "标签里缺少名称", hint: "请在 {{ 和 }} 之间写上视图模型中的字段名")
        }
        throw TemplateError(code: .templateInvalidName, file: file, source: bytes, offset: tag.nameStart,
                            message: "名称「\(name)」无效",
                            hint: dotted ? "名称只能由英文字母、数字、下划线、连字符组成，用点连接，例如 unit.name"
                                         : "名称只能由英文字母、数字、下划线和连字符组成")
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}
