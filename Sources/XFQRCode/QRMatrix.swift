/// Where the format and version information go, and their BCH codes.
enum QRLayout {
    /// Level M is 00; the mask follows; BCH(15,5) with 0x537; XOR 0x5412.
    static func formatBits(mask: Int) -> Int {
        let data = (0b00 << 3) | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return ((data << 10) | remainder) ^ 0x5412
    }

    /// BCH(18,6) with 0x1F25.
    static func versionBits(_ version: Int) -> Int {
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        return (version << 12) | remainder
    }

    /// Centres of alignment patterns per version (ISO/IEC 18004 annex E).
    static func alignmentCentres(_ version: Int) -> [Int] {
        switch version {
        case 1: []
        case 2: [6, 18]
        case 3: [6, 22]
        case 4: [6, 26]
        case 5: [6, 30]
        case 6: [6, 34]
        case 7: [6, 22, 38]
        case 8: [6, 24, 42]
        case 9: [6, 26, 46]
        default: [6, 28, 50]
        }
    }
}

/// The module grid while a symbol is built: function patterns first, then the
/// codewords in the two-column zigzag, then mask and format information.
struct QRMatrix {
    let version: Int
    let size: Int
    var dark: [Bool]
    /// Modules of function patterns (and reserved format/version areas): never masked.
    var isFunction: [Bool]

    init(version: Int) {
        self.version = version
        size = 17 + 4 * version
        dark = Array(repeating: false, count: size * size)
        isFunction = Array(repeating: false, count: size * size)
    }

    mutating func set(_ row: Int, _ column: Int, _ value: Bool) {
        dark[row * size + column] = value
        isFunction[row * size + column] = true
    }

    mutating func drawFunctionPatterns() {
        for index in 0..<size {
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        for (row, column) in [(3, 3), (3, size - 4), (size - 4, 3)] { drawFinder(row, column) }
        let centres = QRLayout.alignmentCentres(version)
        for row in centres {
            for column in centres {
                let nearFinder = (row == 6 && column == 6) || (row == 6 && column == centres.last!)
                    || (row == centres.last! && column == 6)
                if !nearFinder { drawAlignment(row, column) }
            }
        }
        // The format and version areas (and the dark module) are reserved light
        // while masks are scored, as ISO/IEC 18004:2015 7.8 says; drawn after.
        drawFormatBits(mask: 0, reserveOnly: true)
        drawVersionBits(reserveOnly: true)
    }

    /// The chosen mask's format bits and the version bits, once the mask is chosen.
    mutating func drawInformation(mask: Int) {
        drawFormatBits(mask: mask)
        drawVersionBits()
    }

    /// The 7×7 finder and its light separator, clipped at the symbol's edge.
    private mutating func drawFinder(_ centreRow: Int, _ centreColumn: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let row = centreRow + dy, column = centreColumn + dx
                guard (0..<size).contains(row), (0..<size).contains(column) else { continue }
                let distance = max(abs(dx), abs(dy))
                set(row, column, distance != 2 && distance != 4)
            }
        }
    }

    private mutating func drawAlignment(_ centreRow: Int, _ centreColumn: Int) {
        for dy in -2...2 {
            for dx in -2...2 { set(centreRow + dy, centreColumn + dx, max(abs(dx), abs(dy)) != 1) }
        }
    }

    /// Both copies of the 15 format bits, and the dark module beside the lower-left finder.
    mutating func drawFormatBits(mask: Int, reserveOnly: Bool = false) {
        let bits = reserveOnly ? 0 : QRLayout.formatBits(mask: mask)
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        // Around the upper-left finder.
        for index in 0...5 { set(index, 8, bit(index)) }
        set(7, 8, bit(6))
        set(8, 8, bit(7))
        set(8, 7, bit(8))
        for index in 9..<15 { set(8, 14 - index, bit(index)) }
        // Under the upper-right finder and beside the lower-left one.
        for index in 0..<8 { set(8, size - 1 - index, bit(index)) }
        for index in 8..<15 { set(size - 15 + index, 8, bit(index)) }
        set(size - 8, 8, !reserveOnly)
    }

    /// Version 7 and up: two 6×3 blocks of the 18 version bits.
    private mutating func drawVersionBits(reserveOnly: Bool = false) {
        guard version >= 7 else { return }
        let bits = QRLayout.versionBits(version)
        for index in 0..<18 {
            let value = !reserveOnly && (bits >> index) & 1 == 1
            let a = size - 11 + index % 3, b = index / 3
            set(b, a, value)  // upper right
            set(a, b, value)  // lower left
        }
    }

    /// Codeword bits, most significant first, up and down two columns at a time
    /// from the right, skipping the vertical timing pattern and function modules.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = ((right + 1) & 2) == 0
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for offset in 0..<2 {
                    let column = right - offset
                    let at = row * size + column
                    guard !isFunction[at] else { continue }
                    if bitIndex < codewords.count * 8 {
                        dark[at] = (codewords[bitIndex >> 3] >> (7 - (bitIndex & 7))) & 1 == 1
                        bitIndex += 1
                    }  // remainder bits stay light
                }
            }
            right -= 2
        }
    }

    /// Inverts every data module where the mask's condition holds (i = row, j = column).
    mutating func applyMask(_ mask: Int) {
        for row in 0..<size {
            for column in 0..<size where !isFunction[row * size + column] {
                if QRMatrix.maskCondition(mask, row: row, column: column) { dark[row * size + column].toggle() }
            }
        }
    }

    static func maskCondition(_ mask: Int, row i: Int, column j: Int) -> Bool {
        switch mask {
        case 0: (i + j) % 2 == 0
        case 1: i % 2 == 0
        case 2: j % 3 == 0
        case 3: (i + j) % 3 == 0
        case 4: (i / 2 + j / 3) % 2 == 0
        case 5: (i * j) % 2 + (i * j) % 3 == 0
        case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }
}

/// The four penalty rules of ISO/IEC 18004 (7.8.3): runs of one colour, 2×2
/// blocks, finder-like patterns, and the balance of dark and light.
enum QRPenalty {
    static func score(_ dark: [Bool], size: Int) -> Int {
        var total = 0
        func module(_ row: Int, _ column: Int) -> Bool { dark[row * size + column] }
        // Rules 1 and 3, along rows and along columns.
        for horizontal in [true, false] {
            for line in 0..<size {
                let cells = (0..<size).map { horizontal ? module(line, $0) : module($0, line) }
                var run = 1
                for index in 1...size {
                    if index < size && cells[index] == cells[index - 1] {
                        run += 1
                    } else {
                        if run >= 5 { total += 3 + (run - 5) }
                        run = 1
                    }
                }
                total += 40 * finderLikeCount(cells)
            }
        }
        // Rule 2: each 2×2 block of one colour.
        for row in 0..<(size - 1) {
            for column in 0..<(size - 1) {
                let colour = module(row, column)
                if module(row, column + 1) == colour && module(row + 1, column) == colour && module(row + 1, column + 1) == colour {
                    total += 3
                }
            }
        }
        // Rule 4: 10 points for every full 5 % the dark share is away from 50 %.
        let darkCount = dark.count { $0 }
        total += 10 * (abs(darkCount * 20 - dark.count * 10) / dark.count)
        return total
    }

    /// Occurrences of dark-light-dark×3-light-dark (1:1:3:1:1) with four light
    /// modules on one side, the area outside the symbol counting as light.
    /// A match that counts is skipped whole, so the patterns of one run of
    /// modules are not counted twice.
    static func finderLikeCount(_ cells: [Bool]) -> Int {
        let pattern: [Bool] = [true, false, true, true, true, false, true]
        var count = 0
        let size = cells.count
        func light(_ index: Int) -> Bool { index < 0 || index >= size || !cells[index] }
        var start = 0
        while start + 7 <= size {
            guard (0..<7).allSatisfy({ cells[start + $0] == pattern[$0] }) else { start += 1; continue }
            if (1...4).allSatisfy({ light(start - $0) }) || (1...4).allSatisfy({ light(start + 6 + $0) }) {
                count += 1
                start += 7
            } else {
                start += 4
            }
        }
        return count
    }
}
