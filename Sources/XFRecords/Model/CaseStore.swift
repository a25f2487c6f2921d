/// All cases after merging exports, with their 信访件编号. Identifiers are kept as
/// UTF-8 in one byte arena with an open-addressing index, so merging a million
/// cases costs a few bytes per case instead of a `String` and a dictionary entry each.
public struct CaseStore: Sendable {
    public private(set) var records: [CaseRecord] = []
    private var idBytes: [UInt8] = []
    private var idEnds: [UInt32] = []
    /// Slots hold record index + 1; 0 is empty. Capacity is a power of two.
    private var slots: [UInt32] = Array(repeating: 0, count: 16)

    public init() {}

    public var count: Int { records.count }
    public var isEmpty: Bool { records.isEmpty }

    public subscript(index: Int) -> CaseRecord { records[index] }

    /// The 信访件编号 of the case at `index`.
    public func id(at index: Int) -> String {
        let start = index == 0 ? 0 : Int(idEnds[index - 1])
        return String(decoding: idBytes[start..<Int(idEnds[index])], as: UTF8.self)
    }

    public enum Upsert: Equatable { case inserted(Int), replaced(Int) }

    /// Stores `record` under `id`: a known id has its record replaced entirely
    /// (the last export wins), a new id is appended.
    @discardableResult
    public mutating func upsert(id: some Collection<UInt8>, _ record: CaseRecord) -> Upsert {
        if let existing = index(of: id) {
            records[existing] = record
            return .replaced(existing)
        }
        idBytes.append(contentsOf: id)
        idEnds.append(UInt32(idBytes.count))
        records.append(record)
        if records.count * 4 > slots.count * 3 { grow() } else { insert(slotFor: records.count - 1) }
        return .inserted(records.count - 1)
    }

    public mutating func upsert(id: String, _ record: CaseRecord) {
        upsert(id: Array(id.utf8), record)
    }

    public func index(of id: some Collection<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(id) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let candidate = Int(entry) - 1
            if idEquals(candidate, id) { return candidate }
            slot = (slot + 1) & mask
        }
    }

    public func index(of id: String) -> Int? { index(of: Array(id.utf8)) }

    /// Releases spare capacity once loading is over.
    public mutating func shrinkToFit() {
        records = Array(records)
        idBytes = Array(idBytes)
        idEnds = Array(idEnds)
    }

    private func idSlice(_ index: Int) -> ArraySlice<UInt8> {
        let start = index == 0 ? 0 : Int(idEnds[index - 1])
        return idBytes[start..<Int(idEnds[index])]
    }

    private func idEquals(_ index: Int, _ id: some Collection<UInt8>) -> Bool {
        let stored = idSlice(index)
        return stored.count == id.count && stored.elementsEqual(id)
    }

    private mutating func insert(slotFor index: Int) {
        let mask = slots.count - 1
        var slot = Self.hash(idSlice(index)) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt32(index + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for index in records.indices { insert(slotFor: index) }
    }

    /// FNV-1a: stable across processes, unlike `Hasher`, and fast on short ids.
    private static func hash(_ bytes: some Collection<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
