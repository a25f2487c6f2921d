import XFCalendar
import XFSource

/// Excel's date serial numbers as civil dates. In the 1900 system day 1 is
/// 1900-01-01 and Excel counts a 29 February 1900 that never was (serial 60), so
/// later serials are one day ahead; in the 1904 system day 0 is 1904-01-01.
/// The time of day (the fraction) is ignored.
public enum ExcelDate {
    /// Year, month and day for `serial`, or nil for a serial no date has (negative,
    /// the phantom 1900-02-29, beyond 9999).
    public static func civil(serial: Double, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite, serial >= 0, serial < serialLimit else { return nil }
        return day(whole: Int(serial.rounded(.down)), date1904: date1904).map(DayCount.civil(days:))
    }

    /// Serials from here on are past 9999-12-31.
    public static let serialLimit = 2_958_466.0

    /// The day (days since 1970-01-01) of a serial's whole part, nil as for `civil`.
    @inline(__always)
    public static func day(whole: Int, date1904: Bool) -> Int? {
        guard whole >= 0, whole < 2_958_466 else { return nil }
        if date1904 { return whole + day1904 }
        guard whole >= 1, whole != 60 else { return nil }
        return whole + (whole < 60 ? day1899December31 : day1899December30)
    }

    /// `DayCount.days` of 1904-01-01, 1899-12-31 and 1899-12-30, as constants (a test holds them to it).
    public static let day1904 = -24_107, day1899December31 = -25_568, day1899December30 = -25_569

    /// `2024-05-01`, the form the CSV date parser reads first.
    public static func isoBytes(_ date: (year: Int, month: Int, day: Int)) -> [UInt8] {
        var out: [UInt8] = []
        appendISO(date, to: &out)
        return out
    }

    public static func appendISO(_ date: (year: Int, month: Int, day: Int), to out: inout [UInt8]) {
        func digits(_ value: Int, _ count: Int) {
            var divisor = count == 4 ? 1000 : 10
            for _ in 0..<count {
                out.append(UInt8(0x30 + value / divisor % 10))
                divisor /= 10
            }
        }
        digits(date.year, 4)
        out.append(0x2D)
        digits(date.month, 2)
        out.append(0x2D)
        digits(date.day, 2)
    }
}
