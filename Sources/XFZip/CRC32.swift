/// CRC-32 (ISO 3309 / IEEE 802.3, reflected polynomial 0xEDB88320, as ZIP
/// stores it), slicing by sixteen bytes (16 tables of 256 entries, 16 KB, which
/// stay in the first-level cache): the one checksum of the ZIP reader
/// (XFWorkbook) and the ZIP writer (`StoredZip`: .docx and blank .xlsx).
public struct CRC32: Sendable {
    public private(set) var value: UInt32 = 0xFFFF_FFFF

    public init() {}

    public var checksum: UInt32 { value ^ 0xFFFF_FFFF }

    /// Table t holds the CRC of a byte followed by t zero bytes; built once, never written after.
    nonisolated(unsafe) static let tables: UnsafePointer<UInt32> = {
        let tables = UnsafeMutablePointer<UInt32>.allocate(capacity: 16 * 256)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            tables[i] = c
        }
        for t in 1..<16 {
            for i in 0..<256 {
                let previous = tables[(t - 1) * 256 + i]
                tables[t * 256 + i] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return UnsafePointer(tables)
    }()

    public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let t = CRC32.tables
        var crc = value
        var i = 0
        let n = bytes.count
        @inline(__always) func slice(_ table: Int, _ byte: UInt32) -> UInt32 { t[table << 8 | Int(byte & 0xFF)] }
        while i + 16 <= n {
            let p = base + i
            let a = UInt32(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt32.self)) ^ crc
            // The twelve bytes after the first four do not depend on `crc`: their lookups (bytes
            // read straight from memory) are summed apart from it, so a block waits on one lookup
            // and a short tree, not on a chain of sixteen.
            @inline(__always) func at(_ table: Int, _ k: Int) -> UInt32 { t[table << 8 | Int(p[k])] }
            let rest = ((at(11, 4) ^ at(10, 5)) ^ (at(9, 6) ^ at(8, 7)))
                ^ ((at(7, 8) ^ at(6, 9)) ^ (at(5, 10) ^ at(4, 11)))
                ^ ((at(3, 12) ^ at(2, 13)) ^ (at(1, 14) ^ at(0, 15)))
            crc = ((slice(15, a) ^ slice(14, a >> 8)) ^ (slice(13, a >> 16) ^ slice(12, a >> 24))) ^ rest
            i += 16
        }
        while i < n {
            crc = slice(0, crc ^ UInt32(base[i])) ^ (crc >> 8)
            i += 1
        }
        value = crc
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        bytes.withUnsafeBufferPointer { crc.update($0) }
        return crc.checksum
    }
}
