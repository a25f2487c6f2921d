import XFSource
import XFZip

/// The central directory of a ZIP file held in memory (a mapped file): entry
/// names, methods and sizes, ZIP64 included. Entry data is found through each
/// local header; sizes always come from the central directory, so entries written
/// with data descriptors (sizes after the data) read the same.
struct ZipArchive {
    struct Entry {
        var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var entries: [Entry] = []
    /// Entry by lowercased name (OPC part names are case-insensitive).
    private var byName: [String: Int] = [:]

    /// No workbook has more parts; a directory of millions is an attack.
    static let entryLimit = 100_000
    /// An entry may not inflate beyond this, nor beyond `ratioLimit` times its compressed size.
    static let sizeLimit = 2 << 30
    static let ratioLimit = 400
    /// Below this size the ratio is not checked: small parts of blank cells compress very well.
    static let ratioFloor = 16 << 20

    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(WorkbookProblem) {
        self.bytes = bytes
        let (directoryOffset, count) = try Self.endOfDirectory(bytes)
        var p = directoryOffset
        for _ in 0..<count {
            guard p + 46 <= bytes.count, u32(p) == 0x0201_4B50 else { throw .damaged("中央目录中的条目无效") }
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            guard p + 46 + nameLength + extraLength + commentLength <= bytes.count else { throw .damaged("中央目录被截断") }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(p + 46)..<(p + 46 + nameLength)]), as: UTF8.self)
            var entry = Entry(name: name, method: u16(p + 10), flags: u16(p + 8), crc: UInt32(u32(p + 16)),
                              compressedSize: u32(p + 20), size: u32(p + 24), localHeaderOffset: u32(p + 42))
            try readZip64(&entry, extra: p + 46 + nameLength, length: extraLength)
            let key = name.lowercased()
            if byName[key] != nil {
                throw WorkbookProblem(code: .workbookDuplicateEntry, value: name,
                                      message: "工作簿中有两个同名的部件「\(name)」，无法确定读哪一个（文件可能被篡改或损坏）。",
                                      fix: WorkbookProblem.saveAsXlsx)
            }
            byName[key] = entries.count
            entries.append(entry)
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    func entry(named name: String) -> Entry? {
        byName[name.lowercased()].map { entries[$0] }
    }

    private func u16(_ p: Int) -> Int { Int(bytes[p]) | Int(bytes[p + 1]) << 8 }
    private func u32(_ p: Int) -> Int { u16(p) | u16(p + 2) << 16 }
    private func u64(_ p: Int) -> Int {
        let high = u32(p + 4)
        // Anything over 2^62 is absurd for a file in memory; keep it positive and let the bounds checks refuse it.
        return high >= 1 << 30 ? Int.max / 2 : u32(p) | high << 32
    }

    /// Finds the end-of-central-directory record (and its ZIP64 form): where the
    /// directory starts and how many entries it has.
    private static func endOfDirectory(_ bytes: UnsafeBufferPointer<UInt8>) throws(WorkbookProblem) -> (Int, Int) {
        let n = bytes.count
        guard n >= 22 else { throw .damaged("文件太短，不是完整的工作簿") }
        func u16(_ p: Int) -> Int { Int(bytes[p]) | Int(bytes[p + 1]) << 8 }
        func u32(_ p: Int) -> Int { u16(p) | u16(p + 2) << 16 }
        var p = n - 22
        let lowest = max(0, n - 22 - 65_535)
        while p >= lowest {
            if bytes[p] == 0x50, u32(p) == 0x0605_4B50, p + 22 + u16(p + 20) <= n { break }
            p -= 1
        }
        guard p >= lowest else { throw .damaged("找不到 ZIP 目录（文件可能被截断）") }
        var count = u16(p + 10)
        var offset = u32(p + 16)
        if (count == 0xFFFF || offset == 0xFFFF_FFFF), p >= 20, u32(p - 20) == 0x0706_4B50 {
            let record = u32(p - 12) | (u32(p - 8) << 32)
            guard record >= 0, record + 56 <= n, u32(record) == 0x0606_4B50 else { throw .damaged("ZIP64 目录无效") }
            count = u32(record + 32) | (u32(record + 36) << 32)
            offset = u32(record + 48) | (u32(record + 52) << 32)
        }
        guard count <= entryLimit else { throw .damaged("部件数量过多（\(count)）") }
        guard offset >= 0, offset <= n, offset + count * 46 <= n else { throw .damaged("ZIP 目录位置超出文件范围") }
        return (offset, count)
    }

    private func readZip64(_ entry: inout Entry, extra: Int, length: Int) throws(WorkbookProblem) {
        guard entry.size == 0xFFFF_FFFF || entry.compressedSize == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF else { return }
        var p = extra
        let end = extra + length
        while p + 4 <= end {
            let id = u16(p), size = u16(p + 2)
            guard p + 4 + size <= end else { break }
            if id == 0x0001 {
                var q = p + 4
                func next() throws(WorkbookProblem) -> Int {
                    guard q + 8 <= p + 4 + size else { throw .damaged("ZIP64 扩展字段不完整") }
                    defer { q += 8 }
                    return u64(q)
                }
                if entry.size == 0xFFFF_FFFF { entry.size = try next() }
                if entry.compressedSize == 0xFFFF_FFFF { entry.compressedSize = try next() }
                if entry.localHeaderOffset == 0xFFFF_FFFF { entry.localHeaderOffset = try next() }
                return
            }
            p += 4 + size
        }
        throw .damaged("缺少 ZIP64 扩展字段")
    }

    /// The compressed bytes of `entry`, checked against the file's bounds.
    func data(of entry: Entry) throws(WorkbookProblem) -> UnsafeBufferPointer<UInt8> {
        let p = entry.localHeaderOffset
        guard p >= 0, p + 30 <= bytes.count, u32(p) == 0x0403_4B50 else { throw .damaged("部件「\(entry.name)」的位置无效") }
        let start = p + 30 + u16(p + 26) + u16(p + 28)
        guard entry.compressedSize >= 0, start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw .damaged("部件「\(entry.name)」超出文件末尾（文件可能被截断）")
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<(start + entry.compressedSize)])
    }

    /// Streams the entry's uncompressed bytes to `sink` (false from the sink stops
    /// early), enforcing the size and ratio caps and the CRC when read to the end.
    func read(_ entry: Entry, sink: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        if entry.flags & 1 != 0 {
            throw WorkbookProblem(code: .workbookEncrypted, message: "工作簿已加密（设置了密码），无法读取。",
                                  fix: "请在 Excel 或 WPS 中打开并取消密码保护（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），另存后再放入。")
        }
        let limit = Self.limit(for: entry)
        guard entry.size <= limit else { throw Self.bomb(entry) }
        let data = try data(of: entry)
        var crc = CRC32()
        var complete = true
        switch entry.method {
        case 0:
            guard entry.size == data.count else { throw WorkbookProblem.damaged("部件「\(entry.name)」的长度不符") }
            crc.update(data)
            complete = try sink(data)
        case 8:
            do {
                let produced = try Inflater.inflate(data, limit: limit) { chunk in
                    crc.update(chunk)
                    return try sink(chunk)
                }
                guard produced == entry.size else { throw WorkbookProblem.damaged("部件「\(entry.name)」解压后的长度与目录不符") }
            } catch let failure as Inflater.Failure {
                switch failure {
                case .stopped: complete = false
                case .tooLarge: throw Self.bomb(entry)
                case .corrupt(let what): throw WorkbookProblem.damaged("部件「\(entry.name)」：\(what)")
                }
            }
        default:
            throw WorkbookProblem(code: .workbookUnsupportedCompression, value: entry.name,
                                  message: "工作簿使用了不支持的压缩方式（\(entry.method)）。", fix: WorkbookProblem.saveAsXlsx)
        }
        if complete && crc.checksum != entry.crc { throw WorkbookProblem.damaged("部件「\(entry.name)」的校验和不符") }
    }

    /// The entry's whole uncompressed bytes.
    func readAll(_ entry: Entry) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(entry.size, 1 << 26))
        try read(entry) { out.append(contentsOf: $0); return true }
        return out
    }

    static func limit(for entry: Entry) -> Int {
        min(sizeLimit, max(ratioFloor, entry.compressedSize.multipliedReportingOverflow(by: ratioLimit).partialValue))
    }

    static func bomb(_ entry: Entry) -> WorkbookProblem {
        WorkbookProblem(code: .workbookTooLarge, value: entry.name,
                        message: "工作簿部件「\(entry.name)」解压后过大（超过 \(limit(for: entry) >> 20) MB 或压缩比超过 \(ratioLimit) 倍），像是“压缩炸弹”，已停止读取。",
                        fix: "如确是导出的数据，请按月份拆成几个较小的文件；否则请勿使用该文件。")
    }
}
