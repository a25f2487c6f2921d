/// A civil date (year, month, day) with no time zone and no clock, stored as a
/// day number: days since 1970-01-01. Deadlines are integer additions, so no
/// `Date`, `Calendar` or time zone is ever involved.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var dayNumber: Int32

    public init(dayNumber: Int32) { self.dayNumber = dayNumber }

    /// Returns nil for impossible dates such as 2023-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        dayNumber = Int32(CivilDate.daysFromCivil(year: year, month: month, day: day))
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + Int32(days)) }

    public var components: (year: Int, month: Int, day: Int) {
        CivilDate.civilFromDays(Int(dayNumber))
    }
    public var year: Int { components.year }
    public var month: Month { let c = components; return Month(year: c.year, month: c.month) }

    /// ISO form, `2024-10-31`.
    public var description: String {
        let c = components
        if (1000...9999).contains(c.year) { return CivilDate.digits(c.year, c.month, c.day) }
        // Four-digit years always, so every printed date reads back as the same date.
        let year = c.year < 1000 ? String(repeating: "0", count: 4 - String(c.year).count) + String(c.year) : String(c.year)
        return "\(year)-\(CivilDate.twoDigits(c.month))-\(CivilDate.twoDigits(c.day))"
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// `YYYY-MM-DD` (or `YYYY-MM` without a day) for a four-digit year, written
    /// straight into a small string: dates are printed on every output row.
    static func digits(_ year: Int, _ month: Int, _ day: Int?) -> String {
        String(unsafeUninitializedCapacity: day == nil ? 7 : 10) { out in
            out[0] = UInt8(48 + year / 1000); out[1] = UInt8(48 + year / 100 % 10)
            out[2] = UInt8(48 + year / 10 % 10); out[3] = UInt8(48 + year % 10)
            out[4] = 0x2D; out[5] = UInt8(48 + month / 10); out[6] = UInt8(48 + month % 10)
            guard let day else { return 7 }
            out[7] = 0x2D; out[8] = UInt8(48 + day / 10); out[9] = UInt8(48 + day % 10)
            return 10
        }
    }

    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int { DayCount.days(year: year, month: month, day: day) }

    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) { DayCount.civil(days: days) }
}
