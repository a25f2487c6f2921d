/// A civil date as a day number (days since 1970-01-01), so deadlines are integer
/// additions and no clock or time zone is ever consulted.
typealias Day = Int32

enum Calendar {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Day(era * 146_097 + doe - 719_468)
    }

    static func civil(_ d: Day) -> (year: Int, month: Int, day: Int) {
        let z = Int(d) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

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
