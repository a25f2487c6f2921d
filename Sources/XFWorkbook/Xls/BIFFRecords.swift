/// BIFF records in a stream: type, length and where the data starts; a record
/// running past the end stops the walk and marks the stream truncated.
struct BIFFRecords {
    struct Record {
        var type: Int
        var length: Int
        var data: Int
    }

    let stream: [UInt8]
    var position: Int
    private(set) var truncated = false

    init(_ stream: [UInt8], at position: Int) {
        self.stream = stream
        self.position = position
    }

    func peek() -> Record? {
        guard position + 4 <= stream.count else { return nil }
        let length = u16(position + 2)
        guard position + 4 + length <= stream.count else { return nil }
        return Record(type: u16(position), length: length, data: position + 4)
    }

    mutating func next() -> Record? {
        guard position + 4 <= stream.count else {
            truncated = position < stream.count
            return nil
        }
        guard let record = peek() else {
            truncated = true
            return nil
        }
        position = record.data + record.length
        return record
    }

    func u16(_ p: Int) -> Int { Int(stream[p]) | Int(stream[p + 1]) << 8 }
    func u32(_ p: Int) -> Int { u16(p) | u16(p + 2) << 16 }
    func f64(_ p: Int) -> Double {
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(stream[p + k]) << UInt64(8 * k) }
        return Double(bitPattern: bits)
    }
}

/// Reads BIFF8 strings that may run on into CONTINUE records: each segment after
/// the first starts, in the middle of a string's characters, with a new flags byte
/// saying whether the rest is compressed (Latin-1) or UTF-16.
struct ContinuedString {
    let stream: [UInt8]
    let segments: [Range<Int>]
    var segment = 0
    var position: Int

    init(stream: [UInt8], segments: [Range<Int>]) {
        self.stream = stream
        self.segments = segments
        position = segments.first?.lowerBound ?? 0
    }

    private mutating func available() -> Bool {
        while segment < segments.count && position >= segments[segment].upperBound {
            segment += 1
            guard segment < segments.count else { return false }
            position = segments[segment].lowerBound
        }
        return segment < segments.count
    }

    private mutating func byte() -> UInt8? {
        guard available() else { return nil }
        defer { position += 1 }
        return stream[position]
    }

    private mutating func u16() -> Int? {
        guard let a = byte(), let b = byte() else { return nil }
        return Int(a) | Int(b) << 8
    }

    private mutating func skip(_ count: Int) -> Bool {
        var left = count
        while left > 0 {
            guard available() else { return false }
            let take = min(left, segments[segment].upperBound - position)
            position += take
            left -= take
        }
        return true
    }

    /// A string whose characters count is `lengthBytes` long (1 or 2), then flags.
    mutating func string(lengthBytes: Int) -> [UInt8]? {
        var out: [UInt8] = []
        return string(lengthBytes: lengthBytes, into: &out) ? out : nil
    }

    /// The same string appended to `out` as UTF-8; false (`out` unchanged) when it is cut short.
    mutating func string(lengthBytes: Int, into out: inout [UInt8]) -> Bool {
        guard let count = lengthBytes == 1 ? byte().map(Int.init) : u16(), let flags = byte() else { return false }
        return characters(count, wide: flags & 1 != 0, into: &out)
    }

    /// An SST entry (XLUnicodeRichExtendedString) appended to `out` as UTF-8:
    /// rich-text runs and phonetic data skipped; false (`out` unchanged) when it is cut short.
    mutating func richString(into out: inout [UInt8]) -> Bool {
        guard let count = u16(), let flags = byte() else { return false }
        var runs = 0
        var extended = 0
        if flags & 0x08 != 0 { guard let value = u16() else { return false }; runs = value }
        if flags & 0x04 != 0 {
            guard let a = u16(), let b = u16() else { return false }
            extended = a | b << 16
        }
        let start = out.count
        guard characters(count, wide: flags & 1 != 0, into: &out), skip(4 * runs), skip(extended) else {
            out.removeSubrange(start...)
            return false
        }
        return true
    }

    /// `count` UTF-16 code units (or Latin-1 bytes when not `wide`), which may run
    /// on into continuation segments, appended to `out` as UTF-8 (unpaired surrogates
    /// become U+FFFD); false (`out` unchanged) when the segments end first.
    private mutating func characters(_ count: Int, wide: Bool, into out: inout [UInt8]) -> Bool {
        guard count > 0 else { return true }
        // Nearly every string lies within its record: decoded from the stream where it stands.
        let width = wide ? 2 : 1
        if segment < segments.count, position < segments[segment].upperBound, count <= (segments[segment].upperBound - position) / width {
            let start = position
            position += count * width
            stream.withUnsafeBufferPointer { stream in
                let bytes = UnsafeBufferPointer(rebasing: stream[start..<(start + count * width)])
                if wide { UTF16Text.appendUTF8(utf16LE: bytes, to: &out) } else { UTF16Text.appendUTF8(latin1: bytes, to: &out) }
            }
            return true
        }
        return continuedCharacters(count, wide: wide, into: &out)
    }

    /// `characters` for a string that runs on into a continuation: its code units
    /// gathered (as UTF-16LE), then decoded the same way.
    private mutating func continuedCharacters(_ count: Int, wide initiallyWide: Bool, into out: inout [UInt8]) -> Bool {
        var units: [UInt8] = []
        units.reserveCapacity(2 * count)
        var wide = initiallyWide
        var segmentAtStart = segment
        while units.count < 2 * count {
            guard available() else { return false }
            if segment != segmentAtStart {
                // A continuation: its first byte re-states the width of what follows.
                guard let flags = byte() else { return false }
                wide = flags & 1 != 0
                segmentAtStart = segment
                continue
            }
            if wide {
                guard position + 1 < segments[segment].upperBound else { return false }
                units.append(stream[position])
                units.append(stream[position + 1])
                position += 2
            } else {
                units.append(stream[position])
                units.append(0)
                position += 1
            }
            if position >= segments[segment].upperBound && units.count < 2 * count {
                guard segment + 1 < segments.count else { return false }
                segment += 1
                position = segments[segment].lowerBound
                guard let flags = byte() else { return false }
                wide = flags & 1 != 0
                segmentAtStart = segment
            }
        }
        units.withUnsafeBufferPointer { UTF16Text.appendUTF8(utf16LE: $0, to: &out) }
        return true
    }
}

/// BIFF8 text (UTF-16LE code units, or one byte each for Latin-1) as UTF-8,
/// written into a buffer of the most it can take and appended in one copy.
enum UTF16Text {
    /// Unpaired surrogates become U+FFFD, one each, as the standard library's transcoding does.
    static func appendUTF8(utf16LE bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let count = bytes.count / 2
        guard count > 0 else { return }
        // At most three bytes a code unit (a surrogate pair takes four for two).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * count) { buffer in
            var k = 0, n = 0
            while k < count {
                let unit = UInt32(bytes[2 * k]) | UInt32(bytes[2 * k + 1]) << 8
                k += 1
                if unit < 0x80 {
                    buffer[n] = UInt8(unit)
                    n += 1
                } else if unit < 0x800 {
                    buffer[n] = UInt8(0xC0 | unit >> 6)
                    buffer[n + 1] = UInt8(0x80 | unit & 0x3F)
                    n += 2
                } else if unit & 0xF800 != 0xD800 {
                    buffer[n] = UInt8(0xE0 | unit >> 12)
                    buffer[n + 1] = UInt8(0x80 | unit >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | unit & 0x3F)
                    n += 3
                } else if unit < 0xDC00, k < count, case let low = UInt32(bytes[2 * k]) | UInt32(bytes[2 * k + 1]) << 8, low & 0xFC00 == 0xDC00 {
                    k += 1
                    let scalar = 0x10000 + ((unit - 0xD800) << 10 | (low - 0xDC00))
                    buffer[n] = UInt8(0xF0 | scalar >> 18)
                    buffer[n + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    buffer[n + 3] = UInt8(0x80 | scalar & 0x3F)
                    n += 4
                } else {
                    buffer[n] = 0xEF
                    buffer[n + 1] = 0xBF
                    buffer[n + 2] = 0xBD
                    n += 3
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<n]))
        }
    }

    static func appendUTF8(latin1 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            out.append(contentsOf: bytes)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * bytes.count) { buffer in
            var n = 0
            for byte in bytes {
                if byte < 0x80 {
                    buffer[n] = byte
                    n += 1
                } else {
                    buffer[n] = 0xC0 | byte >> 6
                    buffer[n + 1] = 0x80 | byte & 0x3F
                    n += 2
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<n]))
        }
    }
}
