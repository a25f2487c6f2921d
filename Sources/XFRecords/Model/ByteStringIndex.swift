import Glibc

/// A set of byte strings, each numbered in insertion order: the bytes live in one
/// arena and an open-addressing table finds them, so looking up a name or a
/// 信访件编号 straight from a CSV cell needs no `String` and no allocation.
public struct ByteStringIndex: Sendable {
    private var arena: [UInt8] = []
    private var ends: [UInt32] = []
    /// Slots hold the key's 32-bit hash above entry number + 1 (0 is empty), so a
    /// probe compares bytes only on a hash match and growing never rereads keys.
    /// Capacity is a power of two.
    private var slots: [UInt64] = Array(repeating: 0, count: 16)

    public init() {}

    /// An index with room for about `count` keys of `keyBytes` bytes in all, so
    /// that filling it does not grow and rehash its table step by step.
    init(expecting count: Int, keyBytes: Int) {
        var capacity = 16
        while capacity * 3 < count * 4 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        arena.reserveCapacity(keyBytes)
        ends.reserveCapacity(count)
    }

    public init(_ strings: [String]) {
        for string in strings { Array(string.utf8).withUnsafeBufferPointer { _ = insert($0) } }
    }

    public var count: Int { ends.count }

    public func string(at index: Int) -> String {
        String(decoding: bytes(at: index), as: UTF8.self)
    }

    public func bytes(at index: Int) -> ArraySlice<UInt8> {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return arena[start..<Int(ends[index])]
    }

    /// Each key with its number, in insertion order.
    func forEachKey(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        arena.withUnsafeBufferPointer { arena in
            var start = 0
            for (index, end) in ends.enumerated() {
                body(index, UnsafeBufferPointer(rebasing: arena[start..<Int(end)]))
                start = Int(end)
            }
        }
    }

    public func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        if case .found(let index) = probe(key, hash: hash) { return index }
        return nil
    }

    public func find(_ key: some Collection<UInt8>) -> Int? {
        let bytes = Array(key)
        return bytes.withUnsafeBufferPointer { find($0) }
    }

    /// The entry's number, and whether it was new.
    @discardableResult
    public mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        insert(key, hash: Self.hash(key))
    }

    /// `insert` with the key's `hash(_:)` already computed (on another thread, say).
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (index: Int, inserted: Bool) {
        switch probe(key, hash: hash) {
        case .found(let index):
            return (index, false)
        case .empty(let slot):
            arena.append(contentsOf: key)
            ends.append(UInt32(arena.count))
            slots[slot] = UInt64(hash) << 32 | UInt64(count)
            if count * 4 > slots.count * 3 { rehash(capacity: slots.count * 2) }
            return (count - 1, true)
        }
    }

    /// Bytes of heap the index holds (its arrays' capacities).
    public var heapBytes: Int { arena.capacity + ends.capacity * 4 + slots.capacity * 8 }

    /// Releases spare capacity once loading is over.
    public mutating func shrinkToFit() {
        arena = arena.compacted()
        ends = ends.compacted()
    }

    private enum Probe { case found(Int), empty(Int) }

    private func probe(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Probe {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return arena.withUnsafeBufferPointer { arena in
            ends.withUnsafeBufferPointer { ends in
                slots.withUnsafeBufferPointer { slots in
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return .empty(slot) }
                        if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                            let candidate = Int(entry & 0xFFFF_FFFF) - 1
                            let start = candidate == 0 ? 0 : Int(ends[candidate - 1])
                            let count = Int(ends[candidate]) - start
                            if count == key.count
                                && (count == 0 || ByteCompare.equal(arena.baseAddress! + start, key.baseAddress!, count)) {
                                return .found(candidate)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    private mutating func rehash(capacity: Int) {
        var larger = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for entry in slots where entry != 0 {
            var slot = Int(entry >> 32) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = entry
        }
        slots = larger
    }

    /// Stable across processes (unlike `Hasher`) and quick on the short keys here
    /// (names, 信访件编号): a key is read eight bytes at a time and mixed by
    /// multiplication, then every bit spread over the low bits the slots use.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = bytes.baseAddress else { return 0x9E37_79B9 }
        var h = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        while bytes.count - i > ShortKey.maxCount {
            h = (h ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        let key = ShortKey(UnsafeBufferPointer(start: base + i, count: bytes.count - i))
        h = (h ^ key.a) &* 0xFF51_AFD7_ED55_8CCD
        h = (h ^ (h >> 33) ^ key.b) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}

/// Up to 16 bytes as two words, read with (overlapping) whole-word loads: together
/// with the count it determines the bytes, so equal keys are equal byte runs.
struct ShortKey: Equatable, Sendable {
    static let maxCount = 16
    var a: UInt64
    var b: UInt64
    var count: Int

    init(a: UInt64, b: UInt64, count: Int) {
        (self.a, self.b, self.count) = (a, b, count)
    }

    /// `bytes` must hold at most `maxCount` bytes.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        count = n
        guard let p = bytes.baseAddress, n > 0 else { (a, b) = (0, 0); return }
        func word(_ offset: Int) -> UInt64 { UnsafeRawPointer(p + offset).loadUnaligned(as: UInt64.self) }
        func half(_ offset: Int) -> UInt64 { UInt64(UnsafeRawPointer(p + offset).loadUnaligned(as: UInt32.self)) }
        if n >= 8 {
            (a, b) = (word(0), word(n - 8))
        } else if n >= 4 {
            (a, b) = (half(0) | half(n - 4) << 32, 0)
        } else {
            (a, b) = (UInt64(p[0]) | UInt64(p[n / 2]) << 8 | UInt64(p[n - 1]) << 16, 0)
        }
    }

    /// A slot among 2^(64 - shift), from the key's top bits after a multiply.
    @inline(__always)
    func slot(shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((a ^ b &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)) &* 0xC4CE_B9FE_1A85_EC53) >> shift)
    }
}

extension Array {
    /// A copy whose capacity is exactly its count (`Array(self)` would share the buffer).
    func compacted() -> [Element] { withUnsafeBufferPointer { Array($0) } }
}

/// Equality of short byte runs (names, ids, list values), inline: a call to
/// `memcmp` costs more than comparing a dozen bytes.
enum ByteCompare {
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }
}
