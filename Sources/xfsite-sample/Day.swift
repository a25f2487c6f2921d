import XFCalendar
import XFRecords

/// A civil date as a day number (days since 1970-01-01), so deadlines are integer
/// additions and no clock or time zone is ever consulted.
typealias Day = Int32

enum Calendar {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        Day(CivilDate.daysFromCivil(year: year, month: month, day: day))
    }

    static func civil(_ d: Day) -> (year: Int, month: Int, day: Int) { CivilDate.civilFromDays(Int(d)) }

    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    static func weekday(_ d: Day) -> Int { Int((Int64(d) % 7 + 7 + 3) % 7) }

    /// Months counted from year 0, so consecutive months differ by one.
    static func monthIndex(_ d: Day) -> Int { let c = civil(d); return c.year * 12 + c.month - 1 }
    static func firstDay(ofMonth index: Int) -> Day { day(index / 12, index % 12 + 1, 1) }
    static func lastDay(ofMonth index: Int) -> Day { firstDay(ofMonth: index + 1) - 1 }
}

/// How a date cell is spelled. Every form is one DATA.md accepts.
enum DateForm: CaseIterable, Sendable {
    case iso           // 2024-05-01
    case slash         // 2024/5/1
    case chinese       // 2024年5月1日
    case compact       // 20240501
    case withTime      // 2024-05-01 14:30
    case fullWidth     // ２０２４-０５-０１
    case dotted        // 2024.5.1
}
