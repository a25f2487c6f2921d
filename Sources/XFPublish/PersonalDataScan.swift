/// The last check before a site is published: every output file's bytes, in
/// one pass, for numbers that identify a person: 18-digit resident ID numbers
/// with a valid ISO 7064 MOD 11-2 check digit and a real birth date, 15-digit
/// old ones with a real birth date, mainland mobile numbers (11 digits, 13–19;
/// also written 3-4-4 with spaces or hyphens), and landlines with an area code
/// (010-12345678, 0755 1234567, (0755)12345678). A number counts only as a
/// whole digit run: not inside a longer run, not part of a decimal, not glued
/// to ASCII letters (case numbers, hashes) — except an ID's final X. Numbers
/// the bureau publishes itself (`allowed_numbers`) pass.
public struct PersonalDataScanner: Sendable {
    public enum Kind: String, Sendable {
        case residentID = "身份证号"
        case oldResidentID = "身份证号（15 位）"
        case mobile = "手机号码"
        case landline = "固定电话"
    }

    /// One number found: as it stands in the file (for tracing it back to the
    /// input), and where.
    public struct Hit: Sendable, Equatable {
        public let kind: Kind
        public let text: String
        public let offset: Int

        /// Shown in messages instead of the number: the first three and last
        /// four digits, the rest as `*` (139****5678).
        public var masked: String { PersonalDataScanner.mask(text) }
    }

    /// Digits only, of each allowed number.
    let allowed: Set<[UInt8]>

    public init(allowedNumbers: [String] = []) {
        allowed = Set(allowedNumbers.map { Array($0.utf8.filter(Self.isDigit)) }.filter { !$0.isEmpty })
    }

    public func scan(_ bytes: [UInt8]) -> [Hit] {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    public func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        while let start = Self.nextCandidate(bytes, from: index) {
            index = examine(bytes, runAt: start, into: &hits)
        }
        return hits
    }

    /// The same scan examining every digit run, without the word-at-a-time
    /// filter: the reference the filter is tested against.
    func scanEveryRun(_ bytes: UnsafeBufferPointer<UInt8>) -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        while index < bytes.count {
            if Self.isDigit(bytes[index]) { index = examine(bytes, runAt: index, into: &hits) } else { index += 1 }
        }
        return hits
    }

    /// The digit run starting at `start`: a hit when it is one of the numbers
    /// above; returns where the scan goes on (past the run, or past the number
    /// found, which may span several runs).
    private func examine(_ bytes: UnsafeBufferPointer<UInt8>, runAt start: Int, into hits: inout [Hit]) -> Int {
        let count = bytes.count
        var end = start
        while end < count, Self.isDigit(bytes[end]) { end += 1 }
        let length = end - start
        guard length >= 3 else { return end }
        let before: UInt8 = start > 0 ? bytes[start - 1] : 0
        let after: UInt8 = end < count ? bytes[end] : 0
        let afterNext: UInt8 = end + 1 < count ? bytes[end + 1] : 0
        if Self.isLetter(before) { return end }
        if before == UInt8(ascii: "."), start >= 2, Self.isDigit(bytes[start - 2]) { return end }
        if after == UInt8(ascii: "."), Self.isDigit(afterNext) { return end }
        var found: (Kind, Int, Int)?
        switch length {
        case 17 where (after == UInt8(ascii: "X") || after == UInt8(ascii: "x")) && !Self.isWordByte(afterNext):
            if Self.isResidentID(bytes, start, checkX: true) { found = (.residentID, start, end + 1) }
        case 18 where !Self.isLetter(after):
            if Self.isResidentID(bytes, start, checkX: false) { found = (.residentID, start, end) }
        case 15 where !Self.isLetter(after):
            if Self.isOldResidentID(bytes, start) { found = (.oldResidentID, start, end) }
        case 11 where !Self.isLetter(after):
            if bytes[start] == UInt8(ascii: "1"), bytes[start + 1] >= UInt8(ascii: "3") { found = (.mobile, start, end) }
            else if bytes[start] == UInt8(ascii: "0"), bytes[start + 1] != UInt8(ascii: "0") { found = (.landline, start, end) }
        case 12 where !Self.isLetter(after):
            // 0 + three-digit area code + eight digits, written together.
            if bytes[start] == UInt8(ascii: "0"), bytes[start + 1] != UInt8(ascii: "0") { found = (.landline, start, end) }
        case 3, 4:
            found = grouped(bytes, start, end)
        default:
            break
        }
        guard let (kind, from, to) = found else { return end }
        let digits = Array(bytes[from ..< to].filter(Self.isDigit))
        if allowed.contains(digits) || (kind == .landline && allowed.contains(Array(digits.dropFirst()))) {
            return to
        }
        hits.append(Hit(kind: kind, text: String(decoding: bytes[from ..< to], as: UTF8.self), offset: from))
        return max(end, to)
    }

    /// The first digit run at or after `index` that can be a number above,
    /// eight bytes at a time. Every such run either starts with 0 or 1 and has
    /// at least three digits (mobiles, landlines, IDs of region 1) or has at
    /// least 15 (IDs), and a run of 15 covers a whole eight-byte word wherever
    /// the words fall; other runs (figures, dates, coordinates, years: nearly
    /// all the digits of a page) are passed over without being looked at.
    /// `index` is never inside a run (the scan resumes past one).
    static func nextCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        let count = bytes.count
        var position = index
        if let base = bytes.baseAddress, index + 16 <= count {
            func word(_ at: Int) -> UInt64 { UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self) }
            var current = word(position)
            var digits = between(current, 0x2F, 0x3A)
            while position + 16 <= count {
                let next = word(position + 8)
                let nextDigits = between(next, 0x2F, 0x3A)
                if digits != 0 {
                    if digits == highBits {
                        var start = position
                        while start > index, isDigit(bytes[start - 1]) { start -= 1 }
                        return start
                    }
                    // Little-endian: byte k of the word is bits 8k…8k+7; `>> 8` brings byte k+1 to k.
                    let previous: UInt64 = position > index && isDigit(bytes[position - 1]) ? 0x80 : 0
                    let starts = between(current, 0x2F, 0x32) & (digits >> 8 | nextDigits << 56)
                        & (digits >> 16 | nextDigits << 48) & ~(digits << 8 | previous)
                    if starts != 0 { return position + starts.trailingZeroBitCount >> 3 }
                }
                position += 8
                current = next
                digits = nextDigits
            }
        }
        // The last few bytes: every run, from the start of the one `position` may be in.
        while position > index, isDigit(bytes[position - 1]) { position -= 1 }
        while position < count {
            if isDigit(bytes[position]) { return position }
            position += 1
        }
        return nil
    }

    /// A number written in groups: mobile 139-1234-5678 / 139 1234 5678, or a
    /// landline 010-12345678, 0755 1234567, (0755)12345678.
    private func grouped(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Kind, Int, Int)? {
        let count = bytes.count
        guard end < count else { return nil }
        let separator = bytes[end]
        let opened = start > 0 && bytes[start - 1] == UInt8(ascii: "(")
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: " ") || (opened && separator == UInt8(ascii: ")")) else {
            return nil
        }
        func run(from position: Int) -> Int {
            var cursor = position
            while cursor < count, Self.isDigit(bytes[cursor]) { cursor += 1 }
            return cursor
        }
        let secondStart = end + 1
        let secondEnd = run(from: secondStart)
        let secondLength = secondEnd - secondStart
        let first = bytes[start], firstLength = end - start
        if firstLength == 3, first == UInt8(ascii: "1"), bytes[start + 1] >= UInt8(ascii: "3"), secondLength == 4,
           separator != UInt8(ascii: ")"), secondEnd < count, bytes[secondEnd] == separator {
            let thirdStart = secondEnd + 1
            let thirdEnd = run(from: thirdStart)
            if thirdEnd - thirdStart == 4, !Self.isWordByte(thirdEnd < count ? bytes[thirdEnd] : 0) {
                return (.mobile, start, thirdEnd)
            }
            return nil
        }
        if first == UInt8(ascii: "0"), bytes[start + 1] != UInt8(ascii: "0"), (7 ... 8).contains(secondLength),
           bytes[secondStart] >= UInt8(ascii: "2"),
           !Self.isWordByte(secondEnd < count ? bytes[secondEnd] : 0),
           !(secondEnd + 1 < count && bytes[secondEnd] == UInt8(ascii: ".") && Self.isDigit(bytes[secondEnd + 1])) {
            return (.landline, opened ? start - 1 : start, secondEnd)
        }
        return nil
    }

    static let idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let idCheckCharacters = Array("10X98765432".utf8)

    static func isResidentID(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, checkX: Bool) -> Bool {
        guard (UInt8(ascii: "1") ... UInt8(ascii: "8")).contains(bytes[start]) else { return false }
        var sum = 0
        for position in 0 ..< 17 { sum += Int(bytes[start + position] - 0x30) * idWeights[position] }
        let expected = idCheckCharacters[sum % 11]
        let actual = bytes[start + 17] == UInt8(ascii: "x") ? UInt8(ascii: "X") : bytes[start + 17]
        guard expected == actual, checkX == (actual == UInt8(ascii: "X")) else { return false }
        let year = number(bytes, start + 6, 4)
        return (1900 ... 2099).contains(year) && isMonthDay(bytes, start + 10)
    }

    static func isOldResidentID(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        (UInt8(ascii: "1") ... UInt8(ascii: "8")).contains(bytes[start]) && isMonthDay(bytes, start + 8)
    }

    static func isMonthDay(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        (1 ... 12).contains(number(bytes, at, 2)) && (1 ... 31).contains(number(bytes, at + 2, 2))
    }

    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ length: Int) -> Int {
        var value = 0
        for position in at ..< at + length { value = value * 10 + Int(bytes[position] - 0x30) }
        return value
    }

    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each of eight bytes above `low` and below `high` (ASCII
    /// bounds; bytes with the high bit set never count): the "has between" bit
    /// trick, exact for each byte, as no byte's sum carries into the next.
    @inline(__always) static func between(_ word: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7 = word & (ones &* 127)
        return ((ones &* (127 + high)) &- low7) & ~word & (low7 &+ ones &* (127 - low)) & highBits
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 <= 9 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

    static func mask(_ text: String) -> String {
        let digits = text.unicodeScalars.filter { $0.properties.numericType != nil || $0 == "X" || $0 == "x" }.map(Character.init)
        guard digits.count > 7 else { return String(repeating: "*", count: digits.count) }
        return String(digits.prefix(3)) + String(repeating: "*", count: digits.count - 7) + String(digits.suffix(4))
    }
}

/// A number the scan found in one output file.
public struct PersonalDataFinding: Sendable, Equatable {
    /// The file inside the site.
    public let path: String
    public let hit: PersonalDataScanner.Hit
}
