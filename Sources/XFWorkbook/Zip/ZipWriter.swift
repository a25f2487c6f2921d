/// Writes a ZIP archive of stored (uncompressed) entries, as the blank templates
/// need: CRC-32, local headers, central directory. Timestamps are fixed
/// (1980-01-01 00:00), so the same entries always give the same bytes.
public struct ZipWriter {
    private var out: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    public init() {}

    public mutating func add(_ name: String, _ data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.of(data)
        let offset = out.count
        // Bit 11: names are UTF-8.
        let common: [UInt8] = le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21) + le32(crc)
            + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(nameBytes.count)
        out += le32(0x0403_4B50) + common + le16(0) + nameBytes + data
        directory += le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
            + le32(UInt32(offset)) + nameBytes
        count += 1
    }

    public func finish() -> [UInt8] {
        out + directory + le32(0x0605_4B50) + le16(0) + le16(0) + le16(count) + le16(count)
            + le32(UInt32(directory.count)) + le32(UInt32(out.count)) + le16(0)
    }

    private func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    private func le32(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }
}
