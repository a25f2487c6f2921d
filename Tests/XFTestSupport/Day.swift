import XFCalendar
import XFRecords

/// `day("2024-03-05")`: a date literal for tests (traps on a malformed literal,
/// which is a mistake in the test itself).
public func day(_ text: String) -> CivilDate {
    let parts = text.split(separator: "-").map { Int($0)! }
    return CivilDate(year: parts[0], month: parts[1], day: parts[2])!
}

/// The date `n` days after 1970-01-01.
public func day(_ n: Int) -> CivilDate { CivilDate(dayNumber: Int32(n)) }
