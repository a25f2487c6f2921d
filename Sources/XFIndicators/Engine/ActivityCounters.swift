import XFCalendar
import XFRecords
import XFVocabulary

/// Per-(scope, month) sums of the 领导接访 and 普法宣传 logs for scope `all` and
/// each unit (rows that name that unit). These logs are small, so distinct
/// 接访领导 are counted with sets; everything else is a sum like the case counters.
struct ActivityCounters {
    enum Slot {
        static let sessions = 0, batches = 1, persons = 2, assigned = 3, leaders = 4
        static let events = 5, materials = 6, consultations = 7, units = 8
        static let trainings = 9, trainees = 10, examinees = 11, passed = 12
        static let count = 13
    }

    let months: Int
    let scopeCount: Int
    /// Month sums, [scope][month][slot]; scope 0 is `all`, 1 + i is unit i.
    private(set) var month: [Int]
    private(set) var ytd: [Int]
    /// (scope, month) → ids of the leaders who received that month, for distinct counts over other windows.
    private let leadersByMonth: [[Int]]

    init(calendar: SnapshotCalendar, unitCount: Int, receptions: [Reception], activities: [Activity]) {
        months = calendar.count
        scopeCount = 1 + unitCount
        month = [Int](repeating: 0, count: scopeCount * months * Slot.count)
        var leaderIDs: [String: Int] = [:]
        // (scope, month) → leader ids seen, for the distinct counts.
        var leadersByMonth = [[Int]](repeating: [], count: scopeCount * months)

        for reception in receptions {
            let m = calendar.index(Int(reception.date.dayNumber))
            guard m >= 0, m < months else { continue }
            let leader = leaderIDs[reception.leader] ?? { leaderIDs[reception.leader] = leaderIDs.count; return leaderIDs.count - 1 }()
            for scope in Self.scopes(of: reception.unit, unitCount: unitCount) {
                let base = (scope * months + m) * Slot.count
                month[base + Slot.sessions] += 1
                month[base + Slot.batches] += reception.batches
                month[base + Slot.persons] += reception.persons
                month[base + Slot.assigned] += reception.assigned
                leadersByMonth[scope * months + m].append(leader)
            }
        }
        for activity in activities {
            let m = calendar.index(Int(activity.date.dayNumber))
            guard m >= 0, m < months else { continue }
            for scope in Self.scopes(of: activity.unit, unitCount: unitCount) {
                let base = (scope * months + m) * Slot.count
                month[base + (activity.kind == .training ? Slot.trainings : Slot.events)] += 1
                month[base + Slot.materials] += activity.materials
                month[base + Slot.consultations] += activity.consultations
                month[base + Slot.units] += activity.participatingUnits
                month[base + Slot.trainees] += activity.trainees
                month[base + Slot.examinees] += activity.examinees
                month[base + Slot.passed] += activity.passed
            }
        }

        for scope in 0 ..< scopeCount {
            for m in 0 ..< months {
                month[(scope * months + m) * Slot.count + Slot.leaders] = Set(leadersByMonth[scope * months + m]).count
            }
        }
        self.leadersByMonth = leadersByMonth
        ytd = []
        ytd = runningSums(every: 12)
    }

    /// Sums from the start of each window of `span` months (12: ytd; 3, 6: quarter,
    /// half-year), with the distinct leaders of the window so far.
    func runningSums(every span: Int) -> [Int] {
        var sums = month
        for scope in 0 ..< scopeCount {
            var windowLeaders = Set<Int>()
            for m in 0 ..< months {
                let base = (scope * months + m) * Slot.count
                if m % span == 0 { windowLeaders.removeAll() }
                else { for slot in 0 ..< Slot.count { sums[base + slot] += sums[base - Slot.count + slot] } }
                windowLeaders.formUnion(leadersByMonth[scope * months + m])
                sums[base + Slot.leaders] = windowLeaders.count
            }
        }
        return sums
    }

    private static func scopes(of unit: Int?, unitCount: Int) -> [Int] {
        guard let unit, unit >= 0, unit < unitCount else { return [0] }
        return [0, 1 + unit]
    }

    func value(_ slot: Int, scope: Int, month m: Int, yearToDate: Bool) -> Int {
        (yearToDate ? ytd : month)[(scope * months + m) * Slot.count + slot]
    }

    func value(_ slot: Int, in sums: [Int], scope: Int, month m: Int) -> Int {
        sums[(scope * months + m) * Slot.count + slot]
    }
}
