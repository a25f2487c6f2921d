/// A ZIP archive whose entries are stored (method 0, no compression), as a .docx
/// and a blank .xlsx template may be: the package's one ZIP writer. Every entry carries the same fixed timestamp (1980-01-01 00:00, the
/// earliest DOS date), so the same entries always give the same bytes.
///
/// Layout (APPNOTE 6.3): for each entry a local header and its bytes, then the
/// central directory and the end record. Names are UTF-8 (flag bit 11). No
/// ZIP64: a document part never approaches 4 GiB, and `bytes` refuses one that would.
public struct StoredZip: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    public struct TooLarge: Error, CustomStringConvertible {
        public var description: String { "文档过大（超过 4 GB），无法写成 ZIP。" }
    }

    public var entries: [Entry] = []

    public init(entries: [Entry] = []) { self.entries = entries }

    public mutating func add(_ name: String, _ bytes: [UInt8]) { entries.append(Entry(name: name, bytes: bytes)) }

    /// DOS date 1980-01-01 ((year-1980) << 9 | month << 5 | day) and time 00:00:00.
    static let dosDate: UInt16 = 0x0021
    static let dosTime: UInt16 = 0
    static let utf8Names: UInt16 = 0x0800

    public func bytes() throws -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = CRC32.checksum(entry.bytes)
            guard out.count < Int(UInt32.max) - entry.bytes.count - name.count - 30,
                  entry.bytes.count < Int(UInt32.max), entries.count < Int(UInt16.max) else { throw TooLarge() }
            let offset = UInt32(out.count)
            let size = UInt32(entry.bytes.count)
            // Local file header.
            out.le32(0x0403_4B50)
            out.le16(10); out.le16(Self.utf8Names); out.le16(0)  // version needed, flags, method stored
            out.le16(Self.dosTime); out.le16(Self.dosDate)
            out.le32(crc); out.le32(size); out.le32(size)
            out.le16(UInt16(name.count)); out.le16(0)
            out.append(contentsOf: name)
            out.append(contentsOf: entry.bytes)
            // Central directory header.
            central.le32(0x0201_4B50)
            central.le16(20); central.le16(10); central.le16(Self.utf8Names); central.le16(0)
            central.le16(Self.dosTime); central.le16(Self.dosDate)
            central.le32(crc); central.le32(size); central.le32(size)
            central.le16(UInt16(name.count)); central.le16(0); central.le16(0)  // name, extra, comment lengths
            central.le16(0); central.le16(0); central.le32(0)  // disk, internal and external attributes
            central.le32(offset)
            central.append(contentsOf: name)
        }
        guard out.count + central.count < Int(UInt32.max) else { throw TooLarge() }
        let centralOffset = UInt32(out.count)
        out.append(contentsOf: central)
        // End of central directory record.
        out.le32(0x0605_4B50)
        out.le16(0); out.le16(0)
        out.le16(UInt16(entries.count)); out.le16(UInt16(entries.count))
        out.le32(UInt32(central.count)); out.le32(centralOffset)
        out.le16(0)
        return out
    }
}

extension [UInt8] {
    mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xFF)); append(UInt8(value >> 8))
    }

    mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
