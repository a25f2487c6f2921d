import XFCalendar
import XFRecords
import XFSettings

/// The months of the snapshots and the day → month-index mapping the engine buckets
/// events with. The internal axis starts on 1 January of the first snapshot's year,
/// so that ytd sums are prefix sums that restart every 12 indices and reception or
/// publicity rows from earlier in that year still reach the first ytd.
///
/// The key property: for any day x, `index(x) ≤ m` ⇔ x ≤ A(m), where A(m) is the
/// as-of date of month m (its last day, or C for the month of C). Days after C map
/// to `count`, an index no snapshot reaches ("not yet known").
struct SnapshotCalendar: Sendable {
    /// 1 January of the first snapshot's year.
    let base: Month
    /// Internal index of the first snapshot month.
    let firstSnapshot: Int
    /// Internal months from `base` through the month of C.
    let count: Int
    let cutoff: CivilDate
    private let baseDay: Int
    private let monthOfDay: [Int32]

    /// nil when there is nothing to snapshot (no case registered on or before C).
    init?(content: Content) {
        guard let earliest = SnapshotCalendar.earliestRegistration(content.cases) else { return nil }
        let cutoff = content.settings.cutoff ?? content.cutoff ?? SnapshotCalendar.latestDate(content)
        guard earliest <= cutoff else { return nil }
        let first = earliest.month
        base = Month(year: first.year, month: 1)
        firstSnapshot = first.ordinal - base.ordinal
        count = cutoff.month.ordinal - base.ordinal + 1
        self.cutoff = cutoff
        baseDay = Int(base.firstDay.dayNumber)
        var table = [Int32](repeating: 0, count: Int(cutoff.dayNumber) - baseDay + 1)
        var month = 0
        var monthEnd = Int(base.lastDay.dayNumber) - baseDay
        for offset in table.indices {
            if offset > monthEnd {
                month += 1
                monthEnd = Int(base.adding(months: month).lastDay.dayNumber) - baseDay
            }
            table[offset] = Int32(month)
        }
        monthOfDay = table
    }

    /// Internal month index of a day: -1 before `base`, `count` after C.
    @inline(__always)
    func index(_ day: Int) -> Int {
        let offset = day - baseDay
        if offset < 0 { return -1 }
        if offset >= monthOfDay.count { return count }
        return Int(monthOfDay[offset])
    }

    func month(_ index: Int) -> Month { base.adding(months: index) }

    /// A(m): the month's last day, or C for the month of C.
    func asOf(_ index: Int) -> CivilDate { index == count - 1 ? cutoff : month(index).lastDay }

    func isPartial(_ index: Int) -> Bool { index == count - 1 && cutoff != month(index).lastDay }

    var snapshotIndices: Range<Int> { firstSnapshot ..< count }

    private static func earliestRegistration(_ cases: CaseStore) -> CivilDate? {
        var earliest = Int32.max
        for record in cases.records where record.registeredDay < earliest { earliest = record.registeredDay }
        return earliest == .max ? nil : CivilDate(dayNumber: earliest)
    }

    /// Fallback for content built without a loader: the latest date in any table.
    static func latestDate(_ content: Content) -> CivilDate {
        var latest = Int32.min
        for record in content.cases.records {
            let dates = [record.registered, record.accepted, record.closed, record.rated, record.review, record.reReview]
            for case let date? in dates where date.dayNumber > latest { latest = date.dayNumber }
        }
        for reception in content.receptions where reception.date.dayNumber > latest { latest = reception.date.dayNumber }
        for activity in content.activities where activity.date.dayNumber > latest { latest = activity.date.dayNumber }
        return CivilDate(dayNumber: latest)
    }
}
