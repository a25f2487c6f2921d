/// A byte-level XML tokenizer for the SpreadsheetML parts: start and end tags
/// (names by their local part, namespace prefixes dropped), attributes and text,
/// with comments and processing instructions skipped. It checks what a reader
/// needs to trust the structure: tags nest and match, attributes are quoted,
/// entities are the five predefined ones or character references. A DTD or entity
/// declaration is refused, never expanded. It works on a buffer that may end in
/// the middle of a token: `.needMore` then asks for the next chunk.
struct XMLScanner {
    enum Token { case start, end, text, needMore, done }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private(set) var p: UnsafeBufferPointer<UInt8>
    private(set) var i = 0
    /// True once the last chunk has been added: a token cut by the end is then an error.
    var isFinal = false

    // The current token.
    private(set) var nameStart = 0, nameEnd = 0
    private(set) var attributesStart = 0, attributesEnd = 0
    private(set) var isSelfClosing = false
    private(set) var textStart = 0, textEnd = 0
    private(set) var textIsRaw = false
    /// Open elements, as hashes of their full names.
    private(set) var depth: [UInt32] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool) {
        p = bytes
        self.isFinal = isFinal
        depth.reserveCapacity(16)
    }

    /// Continues on `bytes`, whose first byte is the first byte not yet consumed.
    mutating func resume(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool) {
        p = bytes
        i = 0
        self.isFinal = isFinal
    }

    /// Bytes consumed in the current buffer (the start of the token not yet read).
    var consumed: Int { i }

    /// The bytes not yet consumed, for a reader's fast path over whole elements.
    var unread: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: p[i...]) }

    /// Consumes `count` bytes that a fast path read as complete, balanced elements
    /// (so the open elements are unchanged); the current token is then undefined.
    mutating func skip(_ count: Int) { i += count }

    var name: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: p[nameStart..<nameEnd]) }

    func nameIs(_ literal: StaticString) -> Bool {
        let length = nameEnd - nameStart
        guard length == literal.utf8CodeUnitCount else { return false }
        let bytes = literal.utf8Start
        for k in 0..<length where p[nameStart + k] != bytes[k] { return false }
        return true
    }

    mutating func next() throws(Failure) -> Token {
        // A loop, not recursion: a million comments in a row must not exhaust the stack.
        while true {
            if let token = try step() { return token }
        }
    }

    /// The next token, or nil after skipping a comment, instruction or blank text.
    private mutating func step() throws(Failure) -> Token? {
        let n = p.count
        guard i < n else {
            if !isFinal { return .needMore }
            guard depth.isEmpty else { throw Failure(message: "文件在元素结束之前就结束了（内容不完整）") }
            return .done
        }
        if p[i] != 0x3C {
            let start = i
            while i < n && p[i] != 0x3C { i += 1 }
            if i == n && !isFinal { i = start; return .needMore }
            textStart = start
            textEnd = i
            textIsRaw = false
            if depth.isEmpty {
                for k in start..<i where !isSpace(p[k]) {
                    i = start
                    throw Failure(message: "根元素之外出现了文字")
                }
                return nil
            }
            return .text
        }
        let start = i
        guard i + 1 < n else { return try incomplete(start) }
        switch p[i + 1] {
        case 0x3F:   // <? … ?>
            guard let close = find(0x3F, 0x3E, from: i + 2) else { return try incomplete(start) }
            i = close + 2
            return nil
        case 0x21:   // <!-- … -->, <![CDATA[ … ]]>, <!DOCTYPE / <!ENTITY
            if matches("<!--", at: i) {
                guard let close = find(0x2D, 0x2D, from: i + 4) else { return try incomplete(start) }
                guard close + 2 < n else { return try incomplete(start) }
                guard p[close + 2] == 0x3E else { throw Failure(message: "注释中出现了“--”") }
                i = close + 3
                return nil
            }
            if matches("<![CDATA[", at: i) {
                var k = i + 9
                while true {
                    guard let close = find(0x5D, 0x5D, from: k) else { return try incomplete(start) }
                    guard close + 2 < n else { return try incomplete(start) }
                    if p[close + 2] == 0x3E {
                        textStart = i + 9
                        textEnd = close
                        textIsRaw = true
                        i = close + 3
                        guard !depth.isEmpty else { throw Failure(message: "根元素之外出现了文字") }
                        return .text
                    }
                    k = close + 1
                }
            }
            if i + 9 > n && !isFinal { return .needMore }
            throw Failure(message: "文件含有文档类型（DTD）或实体声明，出于安全原因不予展开")
        case 0x2F:   // </name>
            var k = i + 2
            let qualifiedStart = k
            while k < n && isNameByte(p[k]) { k += 1 }
            let qualifiedEnd = k
            while k < n && isSpace(p[k]) { k += 1 }
            guard k < n else { return try incomplete(start) }
            guard p[k] == 0x3E, qualifiedEnd > qualifiedStart else { throw Failure(message: "结束标签格式不正确") }
            guard let open = depth.popLast(), open == hash(qualifiedStart, qualifiedEnd) else {
                throw Failure(message: "结束标签与开始标签不匹配")
            }
            setName(qualifiedStart, qualifiedEnd)
            i = k + 1
            return .end
        default:
            var k = i + 1
            let qualifiedStart = k
            while k < n && isNameByte(p[k]) { k += 1 }
            let qualifiedEnd = k
            guard k < n else { return try incomplete(start) }
            guard qualifiedEnd > qualifiedStart else { throw Failure(message: "“<”后面不是元素名（文字中的 < 应写作 &lt;）") }
            attributesStart = k
            // Attribute values may hold '>' inside quotes; scan quote-aware.
            var quote: UInt8 = 0
            while k < n {
                let byte = p[k]
                if quote != 0 {
                    if byte == quote { quote = 0 } else if byte == 0x3C { throw Failure(message: "属性值中出现了“<”") }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == 0x3E {
                    break
                }
                k += 1
            }
            guard k < n else { return try incomplete(start) }
            isSelfClosing = p[k - 1] == 0x2F && k - 1 >= attributesStart
            attributesEnd = isSelfClosing ? k - 1 : k
            setName(qualifiedStart, qualifiedEnd)
            if !isSelfClosing {
                guard depth.count < 256 else { throw Failure(message: "元素嵌套过深") }
                depth.append(hash(qualifiedStart, qualifiedEnd))
            } else if depth.isEmpty {
                // A self-closing root ends the document.
            }
            i = k + 1
            return .start
        }
    }

    private mutating func incomplete(_ start: Int) throws(Failure) -> Token? {
        i = start
        if isFinal { throw Failure(message: "文件在标签中间结束了（内容不完整）") }
        return .needMore
    }

    private mutating func setName(_ start: Int, _ end: Int) {
        var local = start
        for k in start..<end where p[k] == 0x3A { local = k + 1 }
        nameStart = local
        nameEnd = end
    }

    private func hash(_ start: Int, _ end: Int) -> UInt32 {
        Self.hash(UnsafeBufferPointer(rebasing: p[start..<end]))
    }

    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for byte in name { h = (h ^ UInt32(byte)) &* 16_777_619 }
        return h
    }

    /// Whether the innermost open element is `name` (with no prefix), as its end tag would find it.
    func innermostIs(_ name: StaticString) -> Bool {
        depth.last == Self.hash(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    private func find(_ a: UInt8, _ b: UInt8, from: Int) -> Int? {
        var k = from
        while k + 1 < p.count {
            if p[k] == a && p[k + 1] == b { return k }
            k += 1
        }
        return nil
    }

    private func matches(_ literal: StaticString, at k: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard k + length <= p.count else { return false }
        for j in 0..<length where p[k + j] != literal.utf8Start[j] { return false }
        return true
    }

    // MARK: Attributes and text

    /// Calls `body` with each attribute's local name and raw value (entities not yet decoded).
    func forEachAttribute(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws(Failure) -> Void) throws(Failure) {
        var k = attributesStart
        let end = attributesEnd
        while true {
            while k < end && isSpace(p[k]) { k += 1 }
            guard k < end else { return }
            let nameStart = k
            var local = k
            while k < end && isNameByte(p[k]) {
                if p[k] == 0x3A { local = k + 1 }
                k += 1
            }
            guard k > nameStart else { throw Failure(message: "属性格式不正确") }
            let nameEnd = k
            while k < end && isSpace(p[k]) { k += 1 }
            guard k < end, p[k] == 0x3D else { throw Failure(message: "属性缺少“=”") }
            k += 1
            while k < end && isSpace(p[k]) { k += 1 }
            guard k < end, p[k] == 0x22 || p[k] == 0x27 else { throw Failure(message: "属性值缺少引号") }
            let quote = p[k]
            k += 1
            let valueStart = k
            while k < end && p[k] != quote { k += 1 }
            guard k < end else { throw Failure(message: "属性值的引号没有闭合") }
            try body(UnsafeBufferPointer(rebasing: p[local..<nameEnd]), UnsafeBufferPointer(rebasing: p[valueStart..<k]))
            k += 1
            guard k >= end || isSpace(p[k]) else { throw Failure(message: "属性之间缺少空格") }
        }
    }

    var text: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: p[textStart..<textEnd]) }

    /// Appends the current text token to `out`, entities decoded.
    func appendText(to out: inout [UInt8]) throws(Failure) {
        if textIsRaw { out.append(contentsOf: text); return }
        try XMLScanner.decode(text, into: &out)
    }

    /// Appends `raw` with `&amp;`-style and `&#…;` references decoded.
    static func decode(_ raw: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) throws(Failure) {
        var k = 0
        let n = raw.count
        var runStart = 0
        while k < n {
            guard raw[k] == 0x26 else { k += 1; continue }
            if k > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[runStart..<k])) }
            var end = k + 1
            while end < n && raw[end] != 0x3B && end - k < 12 { end += 1 }
            guard end < n, raw[end] == 0x3B else { throw Failure(message: "文字中的“&”后面不是有效的字符引用") }
            let body = UnsafeBufferPointer(rebasing: raw[(k + 1)..<end])
            if body.count >= 2 && body[0] == 0x23 {
                var value: UInt32 = 0
                let hex = body[1] == 0x78
                let digits = body.dropFirst(hex ? 2 : 1)
                guard !digits.isEmpty else { throw Failure(message: "字符引用无效") }
                for byte in digits {
                    let digit: UInt32
                    switch byte {
                    case 0x30...0x39: digit = UInt32(byte - 0x30)
                    case 0x61...0x66 where hex: digit = UInt32(byte - 0x57)
                    case 0x41...0x46 where hex: digit = UInt32(byte - 0x37)
                    default: throw Failure(message: "字符引用无效")
                    }
                    value = value * (hex ? 16 : 10) + digit
                    guard value <= 0x10FFFF else { throw Failure(message: "字符引用超出范围") }
                }
                guard let scalar = Unicode.Scalar(value) else { throw Failure(message: "字符引用无效") }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            } else {
                switch String(decoding: body, as: UTF8.self) {
                case "lt": out.append(0x3C)
                case "gt": out.append(0x3E)
                case "amp": out.append(0x26)
                case "quot": out.append(0x22)
                case "apos": out.append(0x27)
                default: throw Failure(message: "文字中引用了未定义的实体 &\(String(decoding: body, as: UTF8.self));")
                }
            }
            k = end + 1
            runStart = k
        }
        if n > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[runStart..<n])) }
    }

    @inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    @inline(__always) func isNameByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x3A)
            || byte == 0x5F || byte == 0x2D || byte == 0x2E
    }
}

/// Drives an `XMLScanner` over a part that arrives in chunks: bytes not yet
/// consumed (a token cut by the chunk's end) are kept and joined to the next.
struct XMLChunks {
    private var pending: [UInt8] = []
    /// No legitimate token (a tag, a text run, a comment) is this long: Excel's cells hold 32,767 characters.
    static let tokenLimit = 16 << 20

    /// Feeds `chunk`; `parse` consumes tokens until `.needMore` or `.done`.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, scanner: inout XMLScanner, isFinal: Bool,
                       parse: (inout XMLScanner) throws -> Void) throws {
        var rest = chunk
        // The token cut at the last chunk's end is finished in `pending`, which takes
        // only as much of this chunk as that needs; the rest is scanned in place.
        while !pending.isEmpty {
            let take = min(rest.count, max(4096, pending.count))
            let before = pending.count
            pending.append(contentsOf: UnsafeBufferPointer(rebasing: rest[..<take]))
            let all = take == rest.count
            try pending.withUnsafeBufferPointer { buffer in
                scanner.resume(buffer, isFinal: isFinal && all)
                try parse(&scanner)
            }
            if scanner.consumed >= before {
                rest = UnsafeBufferPointer(rebasing: rest[(scanner.consumed - before)...])
                pending.removeAll(keepingCapacity: true)
                break
            }
            pending.removeFirst(scanner.consumed)
            // Each new chunk rescans the cut token: one that never ends would make reading quadratic.
            guard pending.count <= Self.tokenLimit else {
                throw XMLScanner.Failure(message: "XML 中有一个超过 16 MB 仍未结束的标记或文字（文件已损坏）")
            }
            rest = UnsafeBufferPointer(rebasing: rest[take...])
            if all { return }
        }
        scanner.resume(rest, isFinal: isFinal)
        try parse(&scanner)
        pending.append(contentsOf: UnsafeBufferPointer(rebasing: rest[scanner.consumed...]))
    }
}
