/// Parses trimmed cell bytes into typed values, with one scratch buffer reused
/// across cells so the hot path allocates nothing.
public struct CellParser: Sendable {
    private var scratch: [UInt8] = []

    public init() { scratch.reserveCapacity(64) }

    /// `2023-05-01`, `2023/5/1`, `2023.5.1`, `2023年5月1日`, `20230501`, full-width
    /// digits, and a trailing time (`2023-05-01 14:30`, `2023/5/1 14:30:00`,
    /// `2023-05-01T14:30`) that is ignored. Nil for anything else or an impossible date.
    public mutating func date(_ cell: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard CellText.asciiForm(cell, into: &scratch) else { return nil }
        var end = scratch.count
        if let split = scratch.firstIndex(where: { $0 == 0x20 || $0 == 0x54 }) {   // space or T
            guard Self.isTime(scratch[(split + 1)...]) else { return nil }
            end = split
        }
        let part = scratch[..<end]
        if part.count == 8 && part.allSatisfy(Self.isDigit) {
            let value = Self.number(part)!
            return CivilDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
        }
        var numbers: [Int] = []
        var start = part.startIndex
        var separator: UInt8?
        for k in part.indices where !Self.isDigit(part[k]) {
            let byte = part[k]
            guard byte == 0x2D || byte == 0x2F || byte == 0x2E else { return nil }   // - / .
            if separator == nil { separator = byte } else if separator != byte { return nil }
            guard let n = Self.number(part[start..<k]) else { return nil }
            numbers.append(n)
            start = k + 1
        }
        // 2023年5月1日 becomes 2023-5-1 and 2023年5月 becomes 2023-5- (no day): refuse the latter.
        guard let day = Self.number(part[start...]), numbers.count == 2 else { return nil }
        let yearDigits = part.prefix { Self.isDigit($0) }.count
        guard yearDigits == 4, numbers[1] <= 99, day <= 99 else { return nil }
        return CivilDate(year: numbers[0], month: numbers[1], day: day)
    }

    /// A non-negative integer, thousands separators allowed (`1,192`, `1，192`).
    public mutating func integer(_ cell: UnsafeBufferPointer<UInt8>) -> Int? {
        guard CellText.asciiForm(cell, into: &scratch), !scratch.isEmpty else { return nil }
        var value = 0
        var digitsSinceSeparator = 0
        var sawSeparator = false
        for byte in scratch {
            if byte == 0x2C {
                guard digitsSinceSeparator > 0, !sawSeparator || digitsSinceSeparator == 3 else { return nil }
                sawSeparator = true
                digitsSinceSeparator = 0
                continue
            }
            guard Self.isDigit(byte) else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow, product <= Int(Int32.max) else { return nil }
            value = product + Int(byte - 0x30)
            digitsSinceSeparator += 1
        }
        guard !sawSeparator || digitsSinceSeparator == 3 else { return nil }
        return value
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(isDigit) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    static func isTime(_ text: ArraySlice<UInt8>) -> Bool {
        let parts = text.split(separator: 0x3A, omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            let digits = part.prefix { isDigit($0) }
            let rest = part.dropFirst(digits.count)
            // Seconds may carry a fraction (14:30:00.000), as some systems export.
            return (1...2).contains(digits.count) && (rest.isEmpty || (rest.first == 0x2E && rest.dropFirst().allSatisfy(isDigit)))
        }
    }
}
