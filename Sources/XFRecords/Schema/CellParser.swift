import XFCalendar

/// Parses trimmed cell bytes into typed values, with one scratch buffer reused
/// across cells so the hot path allocates nothing.
public struct CellParser: Sendable {
    private var scratch: [UInt8] = []
    /// Held here so that a date does not go through the global's lazy initialiser.
    private let starts = CellParser.monthStarts

    public init() { scratch.reserveCapacity(64) }

    /// `2023-05-01`, `2023/5/1`, `2023.5.1`, `2023年5月1日`, `20230501`, full-width
    /// digits, and a trailing time (`2023-05-01 14:30`, `2023/5/1 14:30:00`,
    /// `2023-05-01T14:30`) that is ignored. Nil for anything else or an impossible date.
    public mutating func date(_ cell: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        if let iso = Self.isoDate(cell, monthStarts: starts) { return iso }
        // Most exports write plain ASCII dates: parse those in place.
        if !cell.contains(where: { $0 >= 0x80 }) { return Self.asciiDate(cell) }
        guard CellText.asciiForm(cell, into: &scratch) else { return nil }
        return scratch.withUnsafeBufferPointer(Self.asciiDate)
    }

    /// The common export form, `2024-05-01`, read by position: nil when the cell
    /// has another shape, else the date it names (nil inside for a date that does
    /// not exist), exactly as the general reading below would give it.
    @inline(__always)
    static func isoDate(_ text: UnsafeBufferPointer<UInt8>, monthStarts: [Int32] = monthStarts) -> CivilDate?? {
        guard text.count == 10, let base = text.baseAddress else { return nil }
        // Bytes 0–7 against "0000-00-": a digit becomes 0–9, a dash 0.
        let head = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self).littleEndian ^ 0x2D30_302D_3030_3030
        let (d8, d9) = (base[8] &- 0x30, base[9] &- 0x30)
        guard head & 0xF0F0_F0F0_F0F0_F0F0 == 0,
              (head &+ 0x0006_0600_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0 == 0,
              head & 0xFF00_00FF_0000_0000 == 0, d8 <= 9, d9 <= 9 else { return nil }
        func digit(_ k: UInt64) -> Int { Int(truncatingIfNeeded: head >> (k * 8)) & 0xF }
        let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        return .some(plausibleDate(year, digit(5) * 10 + digit(6), Int(d8) * 10 + Int(d9), monthStarts: monthStarts))
    }

    static func asciiDate(_ text: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        if let iso = isoDate(text) { return iso }
        return generalDate(text)
    }

    /// Every ASCII form `date` accepts, the ISO one included.
    static func generalDate(_ text: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        var end = text.count
        for k in 0..<text.count where text[k] == 0x20 || text[k] == 0x54 {   // space or T: a time follows
            guard isTime(text[(k + 1)...]) else { return nil }
            end = k
            break
        }
        if end == 8 && (0..<8).allSatisfy({ isDigit(text[$0]) }) {
            let value = (0..<8).reduce(0) { $0 * 10 + Int(text[$1] - 0x30) }
            return plausibleDate(value / 10_000, value / 100 % 100, value % 100)
        }
        // Y-M-D with one separator kind (- / .); 2023年5月1日 arrives as 2023-5-1.
        var parts = (0, 0, 0)
        var digits = 0
        var part = 0
        var separator: UInt8 = 0
        for k in 0..<end {
            let byte = text[k]
            if isDigit(byte) {
                digits += 1
                guard digits <= (part == 0 ? 4 : 2) else { return nil }
                let digit = Int(byte - 0x30)
                switch part {
                case 0: parts.0 = parts.0 * 10 + digit
                case 1: parts.1 = parts.1 * 10 + digit
                default: parts.2 = parts.2 * 10 + digit
                }
                continue
            }
            guard byte == 0x2D || byte == 0x2F || byte == 0x2E, part < 2, digits > 0 else { return nil }
            guard part == 0 ? digits == 4 : true else { return nil }
            if separator == 0 { separator = byte } else if separator != byte { return nil }
            part += 1
            digits = 0
        }
        guard part == 2, digits > 0 else { return nil }
        return plausibleDate(parts.0, parts.1, parts.2)
    }

    /// Years a petition record can have. A typo such as 0202 for 2022 would otherwise
    /// pass as a real date and stretch every monthly series over eighteen centuries.
    static let plausibleYears = 1900...2099
    /// The same years as day numbers, for dates that arrive as dates.
    static let plausibleDays = plausibleDate(1900, 1, 1)!.dayNumber...plausibleDate(2099, 12, 31)!.dayNumber

    /// The date, if it exists and its year is plausible: the day number of the
    /// month's first day and the month's length from `monthStarts`.
    @inline(__always)
    static func plausibleDate(_ year: Int, _ month: Int, _ day: Int, monthStarts: [Int32] = monthStarts) -> CivilDate? {
        guard plausibleYears.contains(year), month >= 1, month <= 12, day >= 1 else { return nil }
        return monthStarts.withUnsafeBufferPointer { starts in
            let k = (year - plausibleYears.lowerBound) * 12 + month - 1
            let start = starts[k]
            guard day <= Int(starts[k + 1] - start) else { return nil }
            return CivilDate(dayNumber: start + Int32(day - 1))
        }
    }

    /// The day number of the first day of each month of the plausible years, and
    /// of the day after the last: a month's length is the step to the next.
    static let monthStarts: [Int32] = {
        var starts = plausibleYears.flatMap { year in (1...12).map { dayNumber(year, $0, 1) } }
        starts.append(dayNumber(plausibleYears.upperBound, 12, 31) + 1)
        return starts
    }()

    /// The day number of a date of the plausible years, by arithmetic: within
    /// them a leap year is one divisible by four, except 1900 (the same as
    /// `CivilDate(year:month:day:)`, which every date of these years is tested against).
    private static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int32 {
        let leap = year & 3 == 0 && year != 1900
        let before = daysBefore(month)
        // Days from 1970-01-01 to 1 January: a leap day for each fourth year since 1972 (1900 is none).
        let yearStart = (year - 1970) * 365 + ((year - 1969) >> 2) + (year == 1900 ? 1 : 0)
        return Int32(yearStart + before + (leap && month > 2 ? 1 : 0) + day - 1)
    }

    /// Days before the month in a common year.
    private static func daysBefore(_ month: Int) -> Int {
        [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1]
    }

    /// A non-negative integer, thousands separators allowed (`1,192`, `1，192`).
    public mutating func integer(_ cell: UnsafeBufferPointer<UInt8>) -> Int? {
        // Up to nine plain digits (no separator, nothing full-width) read in place.
        if cell.count > 0 && cell.count <= 9 {
            var value = 0
            for byte in cell {
                guard Self.isDigit(byte) else { value = -1; break }
                value = value &* 10 &+ Int(byte &- 0x30)
            }
            if value >= 0 { return value }
        }
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

    static func isTime(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
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
