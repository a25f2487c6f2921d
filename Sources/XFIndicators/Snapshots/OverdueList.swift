import XFCalendar
import XFRecords

/// One case that is late on the as-of date. Only the 信访件编号, the unit, the
/// domain and dates: the content never holds personal data, and neither does this.
public struct OverdueCase: Sendable, Equatable {
    public var id: String
    /// Index into `Content.units` / `Content.domains`.
    public var unit: Int
    public var domain: Int
    public var registered: CivilDate
    public var deadline: CivilDate
    /// A − deadline, in days (at least 1).
    public var daysOverdue: Int
}

/// The cases behind the `overdue_open` and `overdue_unaccepted` counts of one
/// snapshot, read through the same `CaseTimeline` as the counts (its deadlines
/// and its normalisation of inconsistent dates) with the as-of rule (only facts
/// dated ≤ A), so the lists always agree with the figures. Pages get it from the
/// snapshot set (`SnapshotSet.overdue(asOf:)`), never from the raw cases.
public struct OverdueList: Sendable {
    /// 超期未办结: 受理 by A, not closed by A, dl_close < A.
    public let unclosed: [OverdueCase]
    /// 超期未受理: registered by A, no acceptance decision by A, dl_acc < A.
    public let unaccepted: [OverdueCase]

    public init(cases: CaseStore, asOf: CivilDate) {
        let a = Int(asOf.dayNumber)
        var unclosed: [OverdueCase] = []
        var unaccepted: [OverdueCase] = []
        for index in 0 ..< cases.count {
            let record = cases[index]
            let timeline = CaseTimeline(record)
            guard timeline.registered <= a else { continue }
            if timeline.decided > a {
                let deadline = timeline.acceptanceDeadline
                if deadline < a { unaccepted.append(Self.late(cases, index, record, deadline: deadline, asOf: a)) }
                continue
            }
            guard timeline.accepted != CaseTimeline.never, timeline.closed > a else { continue }
            let deadline = timeline.closingDeadline(extended: record.isExtended)
            if deadline < a { unclosed.append(Self.late(cases, index, record, deadline: deadline, asOf: a)) }
        }
        self.unclosed = unclosed.sorted(by: Self.order)
        self.unaccepted = unaccepted.sorted(by: Self.order)
    }

    /// Overdue cases per unit (index into units), both kinds together.
    public func countByUnit(unitCount: Int) -> [(unclosed: Int, unaccepted: Int)] {
        var counts = Array(repeating: (unclosed: 0, unaccepted: 0), count: unitCount)
        for item in unclosed where item.unit < unitCount { counts[item.unit].unclosed += 1 }
        for item in unaccepted where item.unit < unitCount { counts[item.unit].unaccepted += 1 }
        return counts
    }

    /// The cases of each unit (or domain), in list order: `key` is `\.unit` or `\.domain`.
    public static func grouped(_ cases: [OverdueCase], by key: KeyPath<OverdueCase, Int>, count: Int) -> [[OverdueCase]] {
        var groups = Array(repeating: [OverdueCase](), count: count)
        for item in cases where item[keyPath: key] < count { groups[item[keyPath: key]].append(item) }
        return groups
    }

    /// `cases` longest overdue first; ties in configured unit order, then by
    /// 信访件编号: the order of the overdue page, the drill-downs and overdue.csv,
    /// which show or hold the first ones.
    public static func mostOverdueFirst(_ cases: [OverdueCase]) -> [OverdueCase] {
        cases.sorted(by: isMoreOverdue)
    }

    public static func isMoreOverdue(_ a: OverdueCase, than b: OverdueCase) -> Bool {
        if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
        if a.unit != b.unit { return a.unit < b.unit }
        return a.id < b.id
    }

    private static func late(_ cases: CaseStore, _ index: Int, _ record: CaseRecord, deadline: Int, asOf: Int) -> OverdueCase {
        OverdueCase(id: cases.id(at: index), unit: Int(record.unit), domain: Int(record.domain),
                    registered: record.registered, deadline: CivilDate(dayNumber: Int32(deadline)), daysOverdue: asOf - deadline)
    }

    /// By unit in configured order, the longest overdue first, then by 信访件编号.
    private static func order(_ a: OverdueCase, _ b: OverdueCase) -> Bool {
        if a.unit != b.unit { return a.unit < b.unit }
        if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
        return a.id < b.id
    }
}
