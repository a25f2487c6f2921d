/// Byte strings of up to `ShortKey.maxCount` bytes, numbered, found by their
/// `ShortKey` in an open-addressing table: one key, one multiply and (nearly
/// always) one comparison a lookup. The closed lists and the unit and domain
/// names are looked up here (a name through `ByteStringIndex` cost about 200
/// instructions: a hash, a probe and a byte comparison).
struct ShortKeyTable: Sendable {
    private struct Slot: Sendable {
        var key = ShortKey(a: 0, b: 0, count: 0)
        /// The key's number plus one; 0 is an empty slot.
        var entry: Int32 = 0
    }

    private let slots: [Slot]
    private let shift: UInt64

    /// Numbers each key of at most `ShortKey.maxCount` bytes by its place in
    /// `keys`; of two equal keys the first wins, as a scan in order would have it.
    /// Longer keys are left out (the caller looks for them another way).
    init(_ keys: [[UInt8]]) {
        var bits: UInt64 = 4
        while 1 << bits < keys.count * 2 { bits += 1 }
        var slots = [Slot](repeating: Slot(), count: 1 << bits)
        for (number, bytes) in keys.enumerated() where bytes.count <= ShortKey.maxCount {
            let key = bytes.withUnsafeBufferPointer { ShortKey($0) }
            var slot = key.slot(shift: 64 - bits)
            while slots[slot].entry != 0 && slots[slot].key != key { slot = (slot + 1) & (slots.count - 1) }
            guard slots[slot].entry == 0 else { continue }
            slots[slot] = Slot(key: key, entry: Int32(number + 1))
        }
        self.slots = slots
        shift = 64 - bits
    }

    /// The number of `bytes`, nil when it is not in the table (or longer than a short key).
    @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count <= ShortKey.maxCount else { return nil }
        let key = ShortKey(bytes)
        let entry: Int32 = slots.withUnsafeBufferPointer { slots in
            var slot = key.slot(shift: shift)
            while true {
                let candidate = slots[slot]
                if candidate.entry == 0 || candidate.key == key { return candidate.entry }
                slot = (slot + 1) & (slots.count - 1)
            }
        }
        return entry == 0 ? nil : Int(entry) - 1
    }
}

/// A fixed list of names (units, domains): `ByteStringIndex` numbers them, and
/// names of up to 16 bytes (nearly all: five Chinese characters) are found
/// through a `ShortKeyTable` first.
struct NameTable: Sendable {
    let index: ByteStringIndex
    private let short: ShortKeyTable

    init(_ index: ByteStringIndex) {
        self.index = index
        short = ShortKeyTable((0..<index.count).map { Array(index.bytes(at: $0)) })
    }

    @inline(__always)
    func find(_ name: UnsafeBufferPointer<UInt8>) -> Int? {
        if name.count <= ShortKey.maxCount { return short.find(name) }
        return index.find(name)
    }
}
