import XFRecords
import XFVocabulary

/// Per-(scope, month) counters for the case indicators, in one flat `[Int]`
/// indexed [scope][month][slot]. Every case is read once: each of its events adds
/// 1 (or 人数) to the slot of the month the event falls in; ytd values are then
/// prefix sums that restart in January, and stock values are running sums of
/// difference entries (+1 where a state starts, -1 where it ends).
///
/// Only unit and domain scopes are accumulated; `all` is the sum over units,
/// because every case has exactly one unit.
struct CaseCounters {
    /// Slots. Flow slots hold events of the month; ytd is their prefix sum.
    enum Slot {
        static let cases = 0, persons = 1, letters = 2, visits = 3, visitPersons = 4, online = 5, phone = 6
        static let groupVisits = 7, repeated = 8, bypass = 9
        static let timelyDen = 10, timelyNum = 11, ontimeDen = 12, ontimeNum = 13
        static let closed = 14, oneTimeDen = 15, oneTimeNum = 16, routeDen = 17, routeNum = 18
        static let reviews = 19, reReviews = 20
        /// Ratings of cases closed in this month and rated by its as-of date (month period).
        static let ratedSameMonth = 21, satisfiedSameMonth = 22
        /// Ratings bucketed by rating month, kept only when closing and rating fall
        /// in the same year: their prefix sum is the ytd numerator (see `add`).
        static let ratedInYear = 23, satisfiedInYear = 24
        /// The same for the quarter and half-year to date of the period reports.
        static let ratedInQuarter = 25, satisfiedInQuarter = 26, ratedInHalf = 27, satisfiedInHalf = 28
        static let flowCount = 29
        /// Stock slots hold difference entries; their running sum is the state on A.
        static let open = 29, overdueOpen = 30, overdueUnaccepted = 31, backlog = 32, backlogResolved = 33
        static let count = 34

        /// The in-window rating slots for a window of `span` months (3, 6 or 12).
        static func rated(span: Int) -> (rated: Int, satisfied: Int) {
            switch span {
            case 3: return (ratedInQuarter, satisfiedInQuarter)
            case 6: return (ratedInHalf, satisfiedInHalf)
            default: return (ratedInYear, satisfiedInYear)
            }
        }
    }

    let calendar: SnapshotCalendar
    let scopes: ScopeList
    let months: Int
    var values: [Int]

    init(calendar: SnapshotCalendar, scopes: ScopeList) {
        self.calendar = calendar
        self.scopes = scopes
        months = calendar.count
        values = [Int](repeating: 0, count: scopes.count * months * Slot.count)
    }

    @inline(__always)
    func offset(scope: Int, month: Int) -> Int { (scope * months + month) * Slot.count }

    mutating func add(_ cases: CaseStore) {
        var counters = values
        values = []
        cases.records.withUnsafeBufferPointer { records in
            counters.withUnsafeMutableBufferPointer { counters in
                for record in records { add(record, into: counters) }
            }
        }
        values = counters
        finish()
    }

    /// Buckets one case. `m(x)` below is `calendar.index(x)`; `m(x) ≤ k` ⇔ x ≤ A(k).
    @inline(__always)
    private func add(_ record: CaseRecord, into counters: UnsafeMutableBufferPointer<Int>) {
        let t = CaseTimeline(record)
        let end = months
        let registeredMonth = calendar.index(t.registered)
        // A case registered after C does not exist in any snapshot.
        guard registeredMonth < end else { return }
        precondition(Int(record.unit) < scopes.unitCount && Int(record.domain) < scopes.domainCount,
                     "case names a unit or domain outside Content.units / Content.domains")
        let unitBase = offset(scope: scopes.unitSlot(Int(record.unit)), month: 0)
        let domainBase = offset(scope: scopes.domainSlot(Int(record.domain)), month: 0)
        @inline(__always) func bump(_ month: Int, _ slot: Int, _ amount: Int = 1) {
            let index = month * Slot.count + slot
            counters[unitBase + index] &+= amount
            counters[domainBase + index] &+= amount
        }

        // Registration: counted in the month of 登记日期.
        let persons = Int(record.persons)
        let r = registeredMonth
        bump(r, Slot.cases)
        bump(r, Slot.persons, persons)
        switch record.channel {
        case .letter: bump(r, Slot.letters)
        case .visit:
            bump(r, Slot.visits)
            bump(r, Slot.visitPersons, persons)
            if persons >= 5 { bump(r, Slot.groupVisits) }
        case .online: bump(r, Slot.online)
        case .phone: bump(r, Slot.phone)
        }
        if record.isRepeated { bump(r, Slot.repeated) }
        if record.isBypass { bump(r, Slot.bypass) }
        // 处理途径 carries no date: the current export's value is used.
        if record.category == .claim && record.route != .none {
            bump(r, Slot.routeDen)
            if record.route != .petition { bump(r, Slot.routeNum) }
        }
        let reviewMonth = calendar.index(t.review)
        if reviewMonth < end { bump(reviewMonth, Slot.reviews) }
        let reReviewMonth = calendar.index(t.reReview)
        if reReviewMonth < end { bump(reReviewMonth, Slot.reReviews) }

        // 及时受理率, cohort = month of dl_acc. Success needs decision ≤ dl_acc and
        // decision ≤ A; since dl_acc ∈ P implies dl_acc ≤ A, the second is implied.
        let deadline = t.acceptanceDeadline
        let deadlineMonth = calendar.index(deadline)
        if deadlineMonth < end {
            bump(deadlineMonth, Slot.timelyDen)
            if t.decided <= deadline { bump(deadlineMonth, Slot.timelyNum) }
        }
        // 超期未受理 on A(k): no decision ≤ A(k) and dl_acc < A(k), i.e.
        // m(dl_acc + 1) ≤ k < m(decision). (登记 ≤ A(k) is implied by dl_acc < A(k).)
        let overdueFrom = calendar.index(deadline + 1)
        let decidedMonth = calendar.index(t.decided)
        if overdueFrom < decidedMonth {
            bump(overdueFrom, Slot.overdueUnaccepted)
            if decidedMonth < end { bump(decidedMonth, Slot.overdueUnaccepted, -1) }
        }

        // 积案: in D from registration on; resolved once closed with 是否化解.
        let closedMonth = calendar.index(t.closed)
        if record.isBacklog {
            bump(r, Slot.backlog)
            if record.isResolved && closedMonth < end { bump(closedMonth, Slot.backlogResolved) }
        }

        guard t.accepted != CaseTimeline.never else { return }
        // 受理 cases only from here (不予受理 cases are never handled or closed).
        let acceptedMonth = calendar.index(t.accepted)
        // 在办 on A(k): m(acc) ≤ k < m(close).
        if acceptedMonth < closedMonth {
            bump(acceptedMonth, Slot.open)
            if closedMonth < end { bump(closedMonth, Slot.open, -1) }
        }
        // 按期办结率, cohort = month of dl_close. The acc ≤ A and close ≤ A conditions
        // are implied: acc < dl_close ≤ A and close ≤ dl_close ≤ A.
        let closingDeadline = t.closingDeadline(extended: record.isExtended)
        let closingDeadlineMonth = calendar.index(closingDeadline)
        if closingDeadlineMonth < end {
            bump(closingDeadlineMonth, Slot.ontimeDen)
            if t.closed <= closingDeadline { bump(closingDeadlineMonth, Slot.ontimeNum) }
        }
        // 超期未办结 on A(k): open on A(k) and dl_close < A(k), i.e. from
        // m(dl_close + 1), which is never before m(acc), until m(close).
        let overdueOpenFrom = calendar.index(closingDeadline + 1)
        if overdueOpenFrom < closedMonth {
            bump(overdueOpenFrom, Slot.overdueOpen)
            if closedMonth < end { bump(closedMonth, Slot.overdueOpen, -1) }
        }

        guard closedMonth < end else { return }
        // Outcomes, cohort = month of 办结日期.
        let c = closedMonth
        bump(c, Slot.closed)
        if record.isFirstTime && record.category == .claim {
            bump(c, Slot.oneTimeDen)
            if record.isResolved { bump(c, Slot.oneTimeNum) }
        }
        // A rating counts for the cohort of its closing month once rated ≤ A.
        // Month period: only if rated within the closing month itself (m(rated) = c).
        // ytd period of month k: close in [Jan, k] and rated ≤ A(k). Bucketed at the
        // rating month and prefix-summed within the year, this is exact when closing
        // and rating share a year; a rating in a later year never meets a ytd window
        // that still holds the closing, so it is dropped from the ytd slots.
        let ratedMonth = calendar.index(t.rated)
        guard ratedMonth < end else { return }
        let satisfied = record.rating.isSatisfied
        if ratedMonth == c {
            bump(c, Slot.ratedSameMonth)
            if satisfied { bump(c, Slot.satisfiedSameMonth) }
        }
        // The same rule for the windows of the period reports (the axis starts in
        // January, so index / 3 and index / 6 are calendar quarters and halves).
        for span in [3, 6, 12] where ratedMonth / span == c / span {
            let slots = Slot.rated(span: span)
            bump(ratedMonth, slots.rated)
            if satisfied { bump(ratedMonth, slots.satisfied) }
        }
    }

    /// Fills scope `all` as the sum of the units, then turns the stock slots'
    /// difference entries into running sums (the state on each A). Flow slots stay
    /// per month; `yearToDate()` derives their ytd sums.
    private mutating func finish() {
        let stride = months * Slot.count
        for unit in 0 ..< scopes.unitCount {
            let source = offset(scope: scopes.unitSlot(unit), month: 0)
            for i in 0 ..< stride { values[i] += values[source + i] }
        }
        for scope in 0 ..< scopes.count {
            for month in 1 ..< max(months, 1) {
                let here = offset(scope: scope, month: month), previous = here - Slot.count
                for slot in Slot.flowCount ..< Slot.count { values[here + slot] += values[previous + slot] }
            }
        }
    }

    /// ytd sums of the flow slots, same layout as `values`; the same-month rating
    /// slots hold the ytd rating sums there.
    func yearToDate() -> [Int] { runningSums(every: 12) }

    /// Sums of the flow slots from the start of each window of `span` months
    /// (12: ytd; 3 and 6: quarter and half-year to date, for the period reports),
    /// same layout as `values`; the same-month rating slots hold the window's rating sums.
    func runningSums(every span: Int) -> [Int] {
        var ytd = values
        let rated = Slot.rated(span: span)
        for scope in 0 ..< scopes.count {
            for month in 1 ..< max(months, 1) where month % span != 0 {
                let here = offset(scope: scope, month: month), previous = here - Slot.count
                for slot in 0 ..< Slot.flowCount { ytd[here + slot] += ytd[previous + slot] }
            }
            // The window's rating numerators are the in-window sums (see `add`): the catalogue
            // reads one slot for both periods.
            for month in 0 ..< months {
                let here = offset(scope: scope, month: month)
                ytd[here + Slot.ratedSameMonth] = ytd[here + rated.rated]
                ytd[here + Slot.satisfiedSameMonth] = ytd[here + rated.satisfied]
            }
        }
        return ytd
    }
}
