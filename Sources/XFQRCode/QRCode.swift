/// A QR Code symbol (ISO/IEC 18004) for a short text: byte mode holding the
/// text's UTF-8 bytes, error correction level M, the smallest of versions 1–10
/// that holds it, and the mask with the lowest penalty score. Written here from
/// the standard so the site needs no dependency; `QRCodeSVG` draws it.
public struct QRCode: Sendable, Hashable {
    /// 1…10; the symbol is `17 + 4 × version` modules wide.
    public let version: Int
    /// 0…7, the data mask pattern chosen by the penalty rules (or forced).
    public let mask: Int
    /// Dark modules, row by row: `modules[row * size + column]`.
    public let modules: [Bool]

    public var size: Int { 17 + 4 * version }

    public func isDark(row: Int, column: Int) -> Bool { modules[row * size + column] }

    /// The 15 format bits as placed in the symbol (level M, the mask, BCH, XOR 0x5412).
    public var formatBits: Int { QRLayout.formatBits(mask: mask) }

    /// The 18 version bits (versions 7 and up), nil below 7.
    public var versionBits: Int? { version >= 7 ? QRLayout.versionBits(version) : nil }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// More bytes than version 10 at level M holds (213).
        case tooLong(bytes: Int)

        public var description: String {
            switch self {
            case .tooLong(let bytes):
                "网址有 \(bytes) 个字节，二维码最多容纳 \(QRCapacity.maximumBytes) 个字节（版本10，纠错等级M）。请使用更短的网址。"
            }
        }
    }

    /// Encodes `text` as UTF-8 bytes. `mask` forces a mask pattern (for tests
    /// against other encoders); nil picks the one the penalty rules prefer.
    public init(_ text: String, mask forced: Int? = nil) throws(Failure) {
        try self.init(bytes: Array(text.utf8), mask: forced)
    }

    public init(bytes: [UInt8], mask forced: Int? = nil) throws(Failure) {
        guard let version = QRCapacity.smallestVersion(for: bytes.count) else { throw .tooLong(bytes: bytes.count) }
        let codewords = QRCodewords.build(bytes, version: version)
        var matrix = QRMatrix(version: version)
        matrix.drawFunctionPatterns()
        matrix.placeCodewords(codewords)
        var best: (mask: Int, modules: [Bool])?
        var bestScore = Int.max
        for mask in forced.map({ [$0] }) ?? Array(0..<8) {
            var candidate = matrix
            candidate.applyMask(mask)
            let score = forced == nil ? QRPenalty.score(candidate.dark, size: candidate.size) : 0
            if score < bestScore {
                bestScore = score
                candidate.drawInformation(mask: mask)
                best = (mask, candidate.dark)
            }
        }
        self.version = version
        self.mask = best!.mask
        self.modules = best!.modules
    }
}

/// Level M capacities for versions 1–10 (ISO/IEC 18004 table 7 and 9).
enum QRCapacity {
    struct Blocks {
        /// Error correction codewords per block.
        var ecPerBlock: Int
        /// (count, data codewords) of each group of blocks: short blocks first.
        var groups: [(count: Int, data: Int)]
        var dataCodewords: Int { groups.reduce(0) { $0 + $1.count * $1.data } }
        var blockCount: Int { groups.reduce(0) { $0 + $1.count } }
    }

    static let levelM: [Blocks] = [
        Blocks(ecPerBlock: 10, groups: [(1, 16)]),
        Blocks(ecPerBlock: 16, groups: [(1, 28)]),
        Blocks(ecPerBlock: 26, groups: [(1, 44)]),
        Blocks(ecPerBlock: 18, groups: [(2, 32)]),
        Blocks(ecPerBlock: 24, groups: [(2, 43)]),
        Blocks(ecPerBlock: 16, groups: [(4, 27)]),
        Blocks(ecPerBlock: 18, groups: [(4, 31)]),
        Blocks(ecPerBlock: 22, groups: [(2, 38), (2, 39)]),
        Blocks(ecPerBlock: 22, groups: [(3, 36), (2, 37)]),
        Blocks(ecPerBlock: 26, groups: [(4, 43), (1, 44)]),
    ]

    /// Bits of the character count in byte mode: 8 up to version 9, 16 from 10.
    static func countBits(_ version: Int) -> Int { version <= 9 ? 8 : 16 }

    static func byteCapacity(_ version: Int) -> Int {
        (levelM[version - 1].dataCodewords * 8 - 4 - countBits(version)) / 8
    }

    static var maximumBytes: Int { byteCapacity(10) }

    static func smallestVersion(for count: Int) -> Int? {
        (1...10).first { byteCapacity($0) >= count }
    }
}

/// The data and error correction codewords in the order they are placed.
enum QRCodewords {
    static func build(_ bytes: [UInt8], version: Int) -> [UInt8] {
        let blocks = QRCapacity.levelM[version - 1]
        var bits = BitWriter()
        bits.append(0b0100, count: 4)  // byte mode
        bits.append(bytes.count, count: QRCapacity.countBits(version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        let capacity = blocks.dataCodewords * 8
        bits.append(0, count: min(4, capacity - bits.count))  // terminator
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var data = bits.bytes
        var pad: UInt8 = 0xEC
        while data.count < blocks.dataCodewords {
            data.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        // Split into blocks, compute each block's error correction, interleave.
        var dataBlocks: [[UInt8]] = []
        var offset = 0
        for group in blocks.groups {
            for _ in 0..<group.count {
                dataBlocks.append(Array(data[offset..<(offset + group.data)]))
                offset += group.data
            }
        }
        let generator = ReedSolomon.generator(degree: blocks.ecPerBlock)
        let ecBlocks = dataBlocks.map { ReedSolomon.remainder($0, generator: generator) }
        var result: [UInt8] = []
        for index in 0..<(dataBlocks.map(\.count).max() ?? 0) {
            for block in dataBlocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<blocks.ecPerBlock {
            for block in ecBlocks { result.append(block[index]) }
        }
        return result
    }
}

struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    mutating func append(_ value: Int, count bitCount: Int) {
        for shift in stride(from: bitCount - 1, through: 0, by: -1) {
            if count % 8 == 0 { bytes.append(0) }
            if (value >> shift) & 1 == 1 { bytes[bytes.count - 1] |= UInt8(0x80 >> (count % 8)) }
            count += 1
        }
    }
}

/// Reed–Solomon error correction over GF(256) with the QR polynomial
/// x⁸ + x⁴ + x³ + x² + 1 (0x11D), generator roots α⁰ … αⁿ⁻¹.
enum ReedSolomon {
    static let tables: (exp: [UInt8], log: [Int]) = {
        var exp = [UInt8](repeating: 0, count: 512)
        var log = [Int](repeating: 0, count: 256)
        var value = 1
        for power in 0..<255 {
            exp[power] = UInt8(value)
            log[value] = power
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        for power in 255..<512 { exp[power] = exp[power - 255] }
        return (exp, log)
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0, b != 0 else { return 0 }
        return tables.exp[tables.log[Int(a)] + tables.log[Int(b)]]
    }

    /// Coefficients of ∏(x − αⁱ), highest power first, the leading 1 omitted.
    static func generator(degree: Int) -> [UInt8] {
        var poly: [UInt8] = [1]
        for root in 0..<degree {
            var next = [UInt8](repeating: 0, count: poly.count + 1)
            for (index, coefficient) in poly.enumerated() {
                next[index] ^= coefficient
                next[index + 1] ^= multiply(coefficient, tables.exp[root])
            }
            poly = next
        }
        return Array(poly.dropFirst())
    }

    /// The remainder of data(x)·xⁿ divided by the generator: the n EC codewords.
    static func remainder(_ data: [UInt8], generator: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ result[0]
            result.removeFirst()
            result.append(0)
            for index in generator.indices { result[index] ^= multiply(generator[index], factor) }
        }
        return result
    }
}
