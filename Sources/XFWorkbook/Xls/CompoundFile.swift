/// An OLE2 compound file ([MS-CFB]): header, FAT (with the DIFAT chain), the
/// directory, and streams read through the FAT or, below the cut-off size, the
/// mini stream. Every sector number and chain is checked against the file, so a
/// damaged or hostile file ends in a problem, never a loop or a wild read.
struct CompoundFile {
    struct Entry {
        var name: String
        var type: UInt8
        var start: Int
        var size: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let sectorSize: Int
    let miniSectorSize: Int
    let miniCutoff: Int
    private var fat: [UInt32] = []
    private var miniFat: [UInt32] = []
    private(set) var entries: [Entry] = []
    private var miniStream: [UInt8] = []

    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let free: UInt32 = 0xFFFF_FFFF

    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(WorkbookProblem) {
        self.bytes = bytes
        guard bytes.count >= 512 else { throw .damaged("复合文档的文件头不完整") }
        func u16(_ p: Int) -> Int { Int(bytes[p]) | Int(bytes[p + 1]) << 8 }
        func u32(_ p: Int) -> UInt32 { UInt32(u16(p)) | UInt32(u16(p + 2)) << 16 }
        let sectorShift = u16(0x1E)
        guard sectorShift == 9 || sectorShift == 12, u16(0x20) == 6 else { throw .damaged("复合文档的扇区大小无效") }
        sectorSize = 1 << sectorShift
        miniSectorSize = 64
        miniCutoff = Int(u32(0x38))
        let sectorCount = (bytes.count - sectorSize + sectorSize - 1) / sectorSize
        // FAT sectors: 109 in the header, the rest in the DIFAT chain.
        var fatSectors: [UInt32] = []
        let fatCount = Int(u32(0x2C))
        guard fatCount <= sectorCount else { throw .damaged("复合文档的分配表大小无效") }
        for k in 0..<109 where fatSectors.count < fatCount { fatSectors.append(u32(0x4C + 4 * k)) }
        var difat = u32(0x44)
        var visited = 0
        while fatSectors.count < fatCount && difat != Self.endOfChain && difat != Self.free {
            visited += 1
            guard visited <= sectorCount, let offset = Self.offset(of: difat, sectorSize: sectorSize, in: bytes) else {
                throw .damaged("复合文档的扩展分配表无效")
            }
            let perSector = sectorSize / 4 - 1
            for k in 0..<perSector where fatSectors.count < fatCount { fatSectors.append(u32(offset + 4 * k)) }
            difat = u32(offset + 4 * perSector)
        }
        guard fatSectors.count == fatCount else { throw .damaged("复合文档的分配表不完整") }
        fat.reserveCapacity(fatCount * sectorSize / 4)
        for sector in fatSectors {
            guard let offset = Self.offset(of: sector, sectorSize: sectorSize, in: bytes) else { throw .damaged("复合文档的分配表位置无效") }
            for k in 0..<(sectorSize / 4) { fat.append(u32(offset + 4 * k)) }
        }
        // Directory.
        let directory = try chain(Int(u32(0x30)), fat: fat, unit: sectorSize) { Self.offset(of: UInt32($0), sectorSize: sectorSize, in: bytes) }
        for offset in stride(from: 0, to: directory.count - 127, by: 128) {
            let nameLength = min(64, Int(directory[offset + 0x40]) | Int(directory[offset + 0x41]) << 8)
            var units: [UInt16] = []
            for k in stride(from: 0, to: max(0, nameLength - 2), by: 2) {
                units.append(UInt16(directory[offset + k]) | UInt16(directory[offset + k + 1]) << 8)
            }
            func d32(_ p: Int) -> Int {
                var value = 0
                for k in 0..<4 { value |= Int(directory[offset + p + k]) << (8 * k) }
                return value
            }
            entries.append(Entry(name: String(decoding: units, as: UTF16.self), type: directory[offset + 0x42],
                                 start: d32(0x74), size: d32(0x78)))
        }
        guard let root = entries.first, root.type == 5 else { throw .damaged("复合文档缺少根目录") }
        let miniFatStart = Int(u32(0x3C))
        if Int(u32(0x40)) > 0 && miniFatStart != Int(Self.endOfChain) {
            let table = try chain(miniFatStart, fat: fat, unit: sectorSize) { Self.offset(of: UInt32($0), sectorSize: sectorSize, in: bytes) }
            for at in stride(from: 0, to: table.count - 3, by: 4) {
                var value: UInt32 = 0
                for k in 0..<4 { value |= UInt32(table[at + k]) << UInt32(8 * k) }
                miniFat.append(value)
            }
            miniStream = try chain(root.start, fat: fat, unit: sectorSize) { Self.offset(of: UInt32($0), sectorSize: sectorSize, in: bytes) }
        }
    }

    static func offset(of sector: UInt32, sectorSize: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard sector < 0xFFFF_FFFA else { return nil }
        let offset = (Int(sector) + 1) * sectorSize
        return offset + sectorSize <= bytes.count ? offset : nil
    }

    /// The bytes of a sector chain, each step checked; a loop or a bad sector is damage.
    private func chain(_ start: Int, fat: [UInt32], unit: Int, offset: (Int) -> Int?) throws(WorkbookProblem) -> [UInt8] {
        var out: [UInt8] = []
        var sector = start
        var steps = 0
        while sector != Int(Self.endOfChain) {
            steps += 1
            guard steps <= fat.count, sector >= 0, sector < fat.count, let at = offset(sector) else {
                throw .damaged("复合文档的扇区链无效")
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[at..<(at + unit)]))
            sector = Int(fat[sector])
        }
        return out
    }

    private func miniChain(_ start: Int) throws(WorkbookProblem) -> [UInt8] {
        var out: [UInt8] = []
        var sector = start
        var steps = 0
        while sector != Int(Self.endOfChain) {
            steps += 1
            let at = sector * miniSectorSize
            guard steps <= miniFat.count, sector >= 0, sector < miniFat.count, at + miniSectorSize <= miniStream.count else {
                throw .damaged("复合文档的小扇区链无效")
            }
            out.append(contentsOf: miniStream[at..<(at + miniSectorSize)])
            sector = Int(miniFat[sector])
        }
        return out
    }

    func entry(named name: String) -> Entry? {
        entries.first { $0.type == 2 && $0.name.lowercased() == name.lowercased() }
    }

    /// The stream's bytes, cut to its recorded size.
    func read(_ entry: Entry) throws(WorkbookProblem) -> [UInt8] {
        let data: [UInt8]
        if entry.size < miniCutoff {
            data = try miniChain(entry.start)
        } else {
            let bytes = bytes, sectorSize = sectorSize
            data = try chain(entry.start, fat: fat, unit: sectorSize) { Self.offset(of: UInt32($0), sectorSize: sectorSize, in: bytes) }
        }
        guard entry.size <= data.count else { throw .damaged("数据流「\(entry.name)」比记录的长度短（文件被截断）") }
        return Array(data[..<entry.size])
    }
}
