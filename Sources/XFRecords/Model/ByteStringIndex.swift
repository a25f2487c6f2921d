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

    /// FNV-1a: stable across processes, unlike `Hasher`, and fast on short keys.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
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
