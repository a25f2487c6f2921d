import XFCalendar
import XFRecords
import XFSettings
import XFTestSupport
@testable import XFIndicators
import XFVocabulary

/// Random content over a few years: mostly consistent cases as the loader would
/// deliver them, with deadlines hit on the day, month ends, and a few facts the
/// loader would reject (dates before registration, ratings without date) to
/// exercise the normalisation rules.
func randomContent(seed: UInt64, cases: Int, unitCount: Int = 3, domainCount: Int = 3) -> Content {
    var rng = SplitMix64(seed: seed)
    func chance(_ p: Double) -> Bool { Double.random(in: 0 ..< 1, using: &rng) < p }
    func pick(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    let start = Int(CivilDate(year: 2021, month: 11, day: 3)!.dayNumber)
    let span = 3 * 365
    var content = Content(units: (0 ..< unitCount).map { Unit(name: "单位\($0)") },
                          domains: (0 ..< domainCount).map { Domain(name: "领域\($0)") })
    content.settings.region = "示例区"
    // Deadlines fall on exact offsets often, to hit "within N days" edges.
    func after(_ d: Int, _ typical: Int) -> Int { d + (chance(0.3) ? typical : pick(0 ... typical + 40)) }

    for i in 0 ..< cases {
        let registered = start + pick(0 ... span)
        var r = CaseRecord(registered: day(registered), unit: pick(0 ... unitCount - 1), domain: pick(0 ... domainCount - 1),
                           channel: Channel.allCases.randomElement(using: &rng)!,
                           category: Category.allCases.randomElement(using: &rng)!)
        r.persons = UInt32(chance(0.2) ? pick(5 ... 30) : pick(1 ... 4))
        r.isFirstTime = chance(0.6)
        r.isRepeated = chance(0.2)
        r.isBypass = chance(0.1)
        r.isBacklog = chance(0.1)
        r.isResolved = chance(0.7)
        r.route = Route.allCases.randomElement(using: &rng)!
        if chance(0.85) {
            let decided = chance(0.03) ? registered - 2 : after(registered, 15)
            r.acceptance = chance(0.85) ? .accepted : .rejected
            r.accepted = day(decided)
            r.isExtended = chance(0.2)
            if r.acceptance == .accepted && chance(0.8) {
                let closed = after(decided, r.isExtended ? 90 : 60)
                r.closed = day(closed)
                if chance(0.7) {
                    r.rating = [.satisfied, .basicallySatisfied, .dissatisfied].randomElement(using: &rng)!
                    r.rated = chance(0.1) ? nil : day(chance(0.5) ? closed : closed + pick(0 ... 70))
                }
            }
        }
        if chance(0.1) { r.review = day(registered + pick(-5 ... 200)) }
        if chance(0.05) { r.reReview = day(registered + pick(0 ... 300)) }
        content.cases.upsert(id: "X\(i)", r)
    }
    for _ in 0 ..< cases / 10 {
        let unit: Int? = chance(0.7) ? pick(0 ... unitCount - 1) : nil
        content.receptions.append(Reception(date: day(start - 200 + pick(0 ... span + 200)), leader: "领导\(pick(0 ... 5))",
                                            batches: pick(0 ... 9), persons: pick(0 ... 20), assigned: pick(0 ... 3), unit: unit))
        var activity = Activity(date: day(start - 200 + pick(0 ... span + 200)), title: "活动",
                                kind: ActivityKind.allCases.randomElement(using: &rng)!)
        activity.unit = chance(0.7) ? pick(0 ... unitCount - 1) : nil
        activity.materials = pick(0 ... 500)
        activity.consultations = pick(0 ... 80)
        activity.participatingUnits = pick(0 ... 5)
        activity.trainees = pick(0 ... 30)
        activity.examinees = pick(0 ... 20)
        activity.passed = pick(0 ... activity.examinees)
        content.activities.append(activity)
    }
    // Half the sets end mid-month with facts after C (the engine must ignore them).
    if chance(0.5) { content.settings.cutoff = day(start + span - pick(0 ... 40)) }
    return content
}
