/// RFC 1951 (DEFLATE) decoder. Output goes to a window buffer that is handed to a
/// sink in chunks, so a sheet of a gigabyte is parsed while it is inflated and
/// never held whole. Huffman codes are decoded through a two-level lookup table
/// per alphabet whose entries are already decoded (a literal's byte, a length's or
/// distance's base and extra bits); bits are read 64 at a time.
struct Inflater {
    enum Failure: Error, Equatable {
        /// The stream is damaged: what part of it, in Chinese.
        case corrupt(String)
        /// The output grew beyond `limit` bytes.
        case tooLarge
        /// The sink asked to stop early.
        case stopped

        /// A bit pattern that is no code of the current Huffman table (both decoding loops).
        static let invalidCode = Failure.corrupt("压缩数据中出现了无效的编码")
    }

    /// Inflates `input`, calling `sink` with consecutive output chunks; the sink
    /// returns false to stop. Returns the number of bytes produced.
    static func inflate(_ input: UnsafeBufferPointer<UInt8>, limit: Int,
                        sink: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws -> Int {
        var state = InflateState(input: input, limit: limit)
        defer { state.release() }
        try state.run(sink)
        return state.produced
    }

    /// Inflates `input` whole (for the small parts: workbook, styles, relationships).
    static func inflateAll(_ input: UnsafeBufferPointer<UInt8>, limit: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        _ = try inflate(input, limit: limit) { chunk in out.append(contentsOf: chunk); return true }
        return out
    }
}

/// A canonical Huffman code as a two-level lookup table, so that the part in use
/// stays in the first-level cache: a primary table indexed by the next
/// `primaryBits` (at most 10) input bits (LSB first), and for codes longer than
/// that a subtable per primary slot, indexed by the bits after them. An entry is
/// `symbol << 8 | code length` (length 1…15, the whole code), or for a slot with a
/// subtable `offset << 8 | 0x10 | subtable bits`; 0 is a bit pattern no code uses.
/// The literal/length and distance tables hold decoded entries instead of the
/// symbol (see `InflateState.literalEntries`), so the hot loop needs no second lookup.
struct HuffmanTable {
    var entries: UnsafeMutablePointer<UInt32>
    var primaryBits = 0
    var mask: UInt64 = 0

    static let rootBits = 10
    /// Room for the primary table and every subtable of any 15-bit code.
    static let capacity = 1 << 15 + 1 << rootBits

    init() { entries = .allocate(capacity: Self.capacity) }

    func release() { entries.deallocate() }

    /// The entry for the bits at the bottom of `bits` (at least 15 valid).
    @inline(__always) func lookup(_ bits: UInt64) -> Int {
        let entry = Int(entries[Int(bits & mask)])
        guard entry & 0x10 != 0 else { return entry }
        let subMask: UInt64 = (1 << UInt64(entry & 15)) - 1
        return Int(entries[entry >> 8 + Int((bits >> UInt64(primaryBits)) & subMask)])
    }

    /// Builds the table from code lengths; false if the lengths over-subscribe the code.
    /// An entry holds `decoded[symbol]` (low 5 bits clear), or `symbol << 8` without it.
    mutating func build(_ lengths: UnsafePointer<UInt8>, count: Int, decoded: UnsafePointer<UInt32>? = nil) -> Bool {
        var lengthCount = [Int](repeating: 0, count: 16)
        var maxLength = 0
        for i in 0..<count where lengths[i] > 0 {
            lengthCount[Int(lengths[i])] += 1
            maxLength = max(maxLength, Int(lengths[i]))
        }
        primaryBits = min(max(maxLength, 1), Self.rootBits)
        mask = (1 << UInt64(primaryBits)) - 1
        let primarySize = 1 << primaryBits
        entries.initialize(repeating: 0, count: primarySize)
        guard maxLength > 0 else { return true }
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        var left = 1
        for length in 1...15 {
            left = (left << 1) - lengthCount[length]
            guard left >= 0 else { return false }
            code = (code + (length > 1 ? lengthCount[length - 1] : 0)) << 1
            next[length] = code
        }
        // Each symbol's code, bit-reversed (the stream sends codes MSB first, we read LSB first).
        var reversedCodes = [Int](repeating: 0, count: count)
        for symbol in 0..<count {
            let length = Int(lengths[symbol])
            guard length > 0 else { continue }
            let assigned = next[length]
            next[length] += 1
            var reversed = 0
            for k in 0..<length where assigned & (1 << k) != 0 { reversed |= 1 << (length - 1 - k) }
            reversedCodes[symbol] = reversed
        }
        // Subtables: one per primary slot that long codes start with, as wide as its longest code needs.
        var used = primarySize
        if maxLength > primaryBits {
            var slotLongest = [Int](repeating: 0, count: primarySize)
            for symbol in 0..<count where Int(lengths[symbol]) > primaryBits {
                let slot = reversedCodes[symbol] & (primarySize - 1)
                slotLongest[slot] = max(slotLongest[slot], Int(lengths[symbol]))
            }
            for slot in 0..<primarySize where slotLongest[slot] > 0 {
                let subBits = slotLongest[slot] - primaryBits
                entries[slot] = UInt32(used << 8 | 0x10 | subBits)
                (entries + used).initialize(repeating: 0, count: 1 << subBits)
                used += 1 << subBits
            }
        }
        for symbol in 0..<count {
            let length = Int(lengths[symbol])
            guard length > 0 else { continue }
            let reversed = reversedCodes[symbol]
            let entry = (decoded.map { $0[symbol] } ?? UInt32(symbol << 8)) | UInt32(length)
            if length <= primaryBits {
                var index = reversed
                while index < primarySize {
                    entries[index] = entry
                    index += 1 << length
                }
            } else {
                let link = Int(entries[reversed & (primarySize - 1)])
                let subSize = 1 << (link & 15)
                var index = reversed >> primaryBits
                while index < subSize {
                    entries[link >> 8 + index] = entry
                    index += 1 << (length - primaryBits)
                }
            }
        }
        return true
    }
}

private let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                  67, 83, 99, 115, 131, 163, 195, 227, 258]
private let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
private let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                    1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
private let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
                                     11, 11, 12, 12, 13, 13]
private let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

private struct InflateState {
    let input: UnsafeBufferPointer<UInt8>
    let limit: Int
    var position = 0
    var bitBuffer: UInt64 = 0
    var bitCount = 0
    /// Bits taken past the end of the input (as zeros): a truncated stream.
    var overrun = 0

    static let window = 1 << 15
    static let chunk = 1 << 18
    let out: UnsafeMutablePointer<UInt8>
    let capacity = InflateState.window + InflateState.chunk + 512
    var outPosition = 0
    /// Output before this index has been handed to the sink.
    var flushed = 0
    var produced = 0

    var literals = HuffmanTable()
    var distances = HuffmanTable()
    let lengths: UnsafeMutablePointer<UInt8>

    init(input: UnsafeBufferPointer<UInt8>, limit: Int) {
        self.input = input
        self.limit = limit
        out = .allocate(capacity: capacity)
        lengths = .allocate(capacity: 320)
    }

    func release() {
        out.deallocate()
        lengths.deallocate()
        literals.release()
        distances.release()
    }

    @inline(__always) mutating func refill() {
        guard let base = input.baseAddress else { overrun += 8; bitCount += 56; return }
        if position + 8 <= input.count {
            let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
            bitBuffer |= UInt64(littleEndian: word) << UInt64(bitCount)
            let taken = (63 - bitCount) >> 3
            position += taken
            bitCount += taken << 3
            return
        }
        while bitCount <= 56 {
            if position < input.count {
                bitBuffer |= UInt64(base[position]) << UInt64(bitCount)
                position += 1
            } else {
                overrun += 8
            }
            bitCount += 8
        }
    }

    @inline(__always) mutating func bits(_ n: Int) -> Int {
        if bitCount < n { refill() }
        let value = Int(bitBuffer & ((1 << UInt64(n)) - 1))
        bitBuffer >>= UInt64(n)
        bitCount -= n
        return value
    }

    @inline(__always) mutating func decode(_ table: HuffmanTable) throws -> Int {
        if bitCount < 15 { refill() }
        let entry = table.lookup(bitBuffer)
        let length = entry & 15
        guard length > 0 else { throw Inflater.Failure.invalidCode }
        bitBuffer >>= UInt64(length)
        bitCount -= length
        return entry >> 8
    }

    func checkTruncation() throws {
        // Up to 8 bytes may be read ahead; zeros beyond the end mean the data stopped short.
        if overrun > 0 && bitCount < overrun { throw Inflater.Failure.corrupt("压缩数据不完整（文件被截断）") }
    }

    mutating func run(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        var last = false
        while !last {
            last = bits(1) == 1
            switch bits(2) {
            case 0: try stored(sink)
            case 1:
                fixedTables()
                try codes(sink)
            case 2:
                try dynamicTables()
                try codes(sink)
            default: throw Inflater.Failure.corrupt("压缩数据的块类型无效")
            }
            try checkTruncation()
        }
        try flush(sink, keepWindow: false)
    }

    mutating func flush(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Bool, keepWindow: Bool) throws {
        if outPosition > flushed {
            guard try sink(UnsafeBufferPointer(start: out + flushed, count: outPosition - flushed)) else {
                throw Inflater.Failure.stopped
            }
        }
        flushed = outPosition
        guard keepWindow else { return }
        let keep = min(outPosition, InflateState.window)
        (out).update(from: out + (outPosition - keep), count: keep)
        outPosition = keep
        flushed = keep
    }

    @inline(__always) mutating func makeRoom(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Bool, _ count: Int) throws {
        if outPosition + count > capacity - 512 { try flush(sink, keepWindow: true) }
    }

    mutating func stored(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        // Drop to a byte boundary, then give back whole bytes still in the bit buffer.
        _ = bits(bitCount & 7)
        if overrun > 0 {
            // Zeros stand in for bytes past the end; drop them before handing real bytes back.
            guard bitCount >= overrun else { throw Inflater.Failure.corrupt("压缩数据不完整（文件被截断）") }
            bitCount -= overrun
            overrun = 0
        }
        while bitCount >= 8 {
            position -= 1
            bitCount -= 8
        }
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw Inflater.Failure.corrupt("压缩数据不完整（文件被截断）") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        position += 4
        guard length ^ 0xFFFF == complement else { throw Inflater.Failure.corrupt("未压缩块的长度校验不符") }
        guard position + length <= input.count else { throw Inflater.Failure.corrupt("压缩数据不完整（文件被截断）") }
        var remaining = length
        while remaining > 0 {
            try makeRoom(sink, 1)
            let take = min(remaining, capacity - 512 - outPosition)
            (out + outPosition).update(from: input.baseAddress! + position, count: take)
            outPosition += take
            position += take
            remaining -= take
            produced += take
            if produced > limit { throw Inflater.Failure.tooLarge }
        }
    }

    mutating func fixedTables() {
        for i in 0..<144 { lengths[i] = 8 }
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        for i in 280..<288 { lengths[i] = 8 }
        _ = literals.build(lengths, count: 288, decoded: InflateState.literalEntries)
        for i in 0..<30 { lengths[i] = 5 }
        _ = distances.build(lengths, count: 30, decoded: InflateState.distanceEntries)
    }

    mutating func dynamicTables() throws {
        let literalCount = bits(5) + 257
        let distanceCount = bits(5) + 1
        let codeLengthCount = bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw Inflater.Failure.corrupt("压缩数据的编码表无效") }
        for i in 0..<19 { lengths[i] = 0 }
        for i in 0..<codeLengthCount { lengths[codeLengthOrder[i]] = UInt8(bits(3)) }
        guard literals.build(lengths, count: 19) else { throw Inflater.Failure.corrupt("压缩数据的编码表无效") }
        let total = literalCount + distanceCount
        var i = 0
        while i < total {
            let symbol = try decode(literals)
            switch symbol {
            case 0...15:
                lengths[i] = UInt8(symbol)
                i += 1
            case 16:
                guard i > 0 else { throw Inflater.Failure.corrupt("压缩数据的编码表无效") }
                let repeatCount = 3 + bits(2)
                guard i + repeatCount <= total else { throw Inflater.Failure.corrupt("压缩数据的编码表无效") }
                let previous = lengths[i - 1]
                for _ in 0..<repeatCount { lengths[i] = previous; i += 1 }
            default:
                let repeatCount = symbol == 17 ? 3 + bits(3) : 11 + bits(7)
                guard i + repeatCount <= total else { throw Inflater.Failure.corrupt("压缩数据的编码表无效") }
                for _ in 0..<repeatCount { lengths[i] = 0; i += 1 }
            }
            try checkTruncation()
        }
        guard lengths[256] > 0 else { throw Inflater.Failure.corrupt("压缩数据缺少块结束标记") }
        guard literals.build(lengths, count: literalCount, decoded: InflateState.literalEntries),
              distances.build(lengths + literalCount, count: distanceCount, decoded: InflateState.distanceEntries) else {
            throw Inflater.Failure.corrupt("压缩数据的编码表无效")
        }
    }

    mutating func codes(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        let literals = literals, distances = distances
        let out = out
        // Up to here a refill takes 8 whole bytes (no end-of-input checks).
        let fastEnd = input.count - 8
        let outEnd = capacity - 512 - 258
        // The hot state lives in locals (registers), written back around the calls that use `self`.
        var buffer = bitBuffer, count = bitCount, at = position, outAt = outPosition
        var producedBefore = produced - outPosition
        defer { (bitBuffer, bitCount, position, outPosition) = (buffer, count, at, outAt); produced = producedBefore + outAt }
        /// Drops the bits of a literal's code (the entry's low 4 bits).
        @inline(__always) func consume(_ entry: Int) {
            buffer >>= UInt64(entry & 15)
            count -= entry & 15
        }
        /// A length or distance from its decoded entry (base << 12 | extra bits << 8 |
        /// code length): the code and the extra bits after it are dropped in one shift.
        @inline(__always) func decoded(_ entry: Int) -> Int {
            let codeLength = entry & 15, bits = (entry >> 8) & 15
            let value = entry >> 12 + Int((buffer >> UInt64(codeLength)) & ((1 << UInt64(bits)) - 1))
            buffer >>= UInt64(codeLength + bits)
            count -= codeLength + bits
            return value
        }
        /// One refill gives at least 56 bits: a literal/length code (15), its extra
        /// bits (5), a distance code (15) and its extra bits (13) take at most 48. The
        /// bits already there stay where they are, so an entry looked up before holds.
        @inline(__always) func refillFast() {
            guard count < 48 else { return }
            if at <= fastEnd {
                let word = UnsafeRawPointer(input.baseAddress! + at).loadUnaligned(as: UInt64.self)
                buffer |= UInt64(littleEndian: word) << UInt64(count)
                let taken = (63 - count) >> 3
                at += taken
                count += taken << 3
            } else {
                (bitBuffer, bitCount, position) = (buffer, count, at)
                refill()
                (buffer, count, at) = (bitBuffer, bitCount, position)
            }
        }
        // The entry of the next code is looked up as early as its bits are known (at
        // least 15 in the buffer), so that its lookup overlaps the work before it.
        refillFast()
        var entry = literals.lookup(buffer)
        while true {
            if outAt > outEnd {
                (bitBuffer, bitCount, position, outPosition, produced) = (buffer, count, at, outAt, producedBefore + outAt)
                try flush(sink, keepWindow: true)
                try checkTruncation()
                if produced > limit { throw Inflater.Failure.tooLarge }
                // The window moved to the buffer's start: what was produced stays counted.
                (outAt, producedBefore) = (outPosition, produced - outPosition)
            }
            refillFast()
            if entry & InflateState.kindMask == 0 {
                guard entry & 15 > 0 else { throw Inflater.Failure.invalidCode }
                // With at least 48 bits after the refill, a second literal is taken
                // straight away, and the code after it looked up (15 bits each).
                consume(entry)
                out[outAt] = UInt8(truncatingIfNeeded: entry >> 8)
                entry = literals.lookup(buffer)
                guard entry & InflateState.kindMask == 0, entry & 15 > 0 else { outAt += 1; continue }
                consume(entry)
                out[outAt + 1] = UInt8(truncatingIfNeeded: entry >> 8)
                outAt += 2
                entry = literals.lookup(buffer)
                continue
            }
            guard entry & InflateState.kindMask == InflateState.lengthKind else {
                if entry & InflateState.kindMask == InflateState.endKind { consume(entry); break }
                throw Inflater.Failure.corrupt("压缩数据中出现了无效的长度码")
            }
            let length = decoded(entry)
            let distanceEntry = distances.lookup(buffer)
            guard distanceEntry & 15 > 0 else { throw Inflater.Failure.invalidCode }
            let distance = decoded(distanceEntry)
            // The window holds up to 32 KB before outAt; what was produced bounds it at the start.
            guard distance <= min(outAt, producedBefore + outAt) else {
                throw Inflater.Failure.corrupt("压缩数据引用了窗口之外的内容")
            }
            refillFast()
            entry = literals.lookup(buffer)
            InflateState.copyMatch(to: out + outAt, distance: distance, length: length)
            outAt += length
        }
        if producedBefore + outAt > limit { throw Inflater.Failure.tooLarge }
    }

    /// Copies a match of `length` bytes from `distance` back; may write up to 31
    /// bytes past the end (the buffer keeps 512 spare bytes), which later output overwrites.
    @inline(__always) static func copyMatch(to: UnsafeMutablePointer<UInt8>, distance: Int, length: Int) {
        let from = to - distance
        if distance >= 8 {
            // Eight bytes at a time: each word read lies at least 8 bytes back, so it is
            // already written. Most matches are short: the first 32 bytes without a loop.
            @inline(__always) func word(_ k: Int) {
                UnsafeMutableRawPointer(to + k).storeBytes(of: UnsafeRawPointer(from + k).loadUnaligned(as: UInt64.self), as: UInt64.self)
            }
            word(0); word(8); word(16); word(24)
            var k = 32
            while k < length {
                word(k)
                k += 8
            }
        } else if distance == 1 {
            to.update(repeating: from[0], count: length)
        } else {
            for k in 0..<length { to[k] = from[k] }
        }
    }

    /// A literal/length entry's kind (bits 5–7): a literal (0), the end of the block,
    /// a length, or a symbol no stream may use (286, 287).
    static let kindMask = 0xE0
    static let endKind = 0x20
    static let lengthKind = 0x40
    static let invalidKind = 0x60

    /// The decoded entry of each literal/length symbol: a literal's byte << 8, or a
    /// length's base << 12 | extra bits << 8, with its kind.
    nonisolated(unsafe) static let literalEntries: UnsafePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 288)
        for symbol in 0..<256 { table[symbol] = UInt32(symbol << 8) }
        table[256] = UInt32(endKind)
        for symbol in 257..<286 {
            table[symbol] = UInt32(lengthBase[symbol - 257] << 12 | lengthExtra[symbol - 257] << 8 | lengthKind)
        }
        table[286] = UInt32(invalidKind)
        table[287] = UInt32(invalidKind)
        return UnsafePointer(table)
    }()

    /// The decoded entry of each distance code: base << 12 | extra bits << 8.
    nonisolated(unsafe) static let distanceEntries: UnsafePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 30)
        for code in 0..<30 { table[code] = UInt32(distanceBase[code] << 12 | distanceExtra[code] << 8) }
        return UnsafePointer(table)
    }()
}
