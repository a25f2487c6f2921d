/// All cases after merging exports, each under its 信访件编号. A known id has its
/// record replaced entirely (the last export wins); a new id is appended, so cases
/// keep the order in which they were first seen.
public struct CaseStore: Sendable {
    public private(set) var records: [CaseRecord] = []
    private var ids = ByteStringIndex()

    public init() {}

    public var count: Int { records.count }
    public var isEmpty: Bool { records.isEmpty }

    public subscript(index: Int) -> CaseRecord { records[index] }

    /// The 信访件编号 of the case at `index`.
    public func id(at index: Int) -> String { ids.string(at: index) }

    public func index(of id: UnsafeBufferPointer<UInt8>) -> Int? { ids.find(id) }
    public func index(of id: String) -> Int? { ids.find(Array(id.utf8)) }

    public enum Upsert: Equatable { case inserted(Int), replaced(Int) }

    @discardableResult
    public mutating func upsert(id: UnsafeBufferPointer<UInt8>, _ record: CaseRecord) -> Upsert {
        upsert(id: id, hash: ByteStringIndex.hash(id), record)
    }

    /// `upsert` with the id's `ByteStringIndex.hash` already computed.
    @discardableResult
    mutating func upsert(id: UnsafeBufferPointer<UInt8>, hash: UInt32, _ record: CaseRecord) -> Upsert {
        let (index, inserted) = ids.insert(id, hash: hash)
        if inserted {
            records.append(record)
            return .inserted(index)
        }
        records[index] = record
        return .replaced(index)
    }

    @discardableResult
    public mutating func upsert(id: String, _ record: CaseRecord) -> Upsert {
        Array(id.utf8).withUnsafeBufferPointer { upsert(id: $0, record) }
    }

    /// Bytes of heap the store holds: records plus the id index.
    public var heapBytes: Int { records.capacity * MemoryLayout<CaseRecord>.stride + ids.heapBytes }

    public mutating func shrinkToFit() {
        records = records.compacted()
        ids.shrinkToFit()
    }
}
