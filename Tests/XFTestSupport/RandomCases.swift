import XFCalendar
import XFRecords
import XFVocabulary

/// Random cases around deadlines, including facts the loader would reject
/// (a decision dated before registration, a closing before acceptance).
public func randomCases(seed: UInt64, count: Int, units: Int = 4, domains: Int = 3) -> Content {
    var rng = SplitMix64(seed: seed)
    func roll(_ range: ClosedRange<Int>) -> Int { rng.roll(range) }
    var content = Content(units: (0 ..< units).map { Unit(name: "单位\($0)") }, domains: (0 ..< domains).map { Domain(name: "领域\($0)") })
    let start = Int(day("2023-01-01").dayNumber)
    for index in 0 ..< count {
        let registered = start + roll(0 ... 700)
        var record = CaseRecord(registered: CivilDate(dayNumber: Int32(registered)), unit: roll(0 ... units - 1),
                                domain: roll(0 ... domains - 1), channel: .visit, category: .claim)
        switch roll(0 ... 9) {
        case 0: break
        case 1: record.acceptance = .rejected; record.accepted = CivilDate(dayNumber: Int32(registered + roll(-3 ... 40)))
        case 2: record.acceptance = .accepted  // decision without a date: not decided
        default:
            record.acceptance = .accepted
            let accepted = registered + roll(-3 ... 40)
            record.accepted = CivilDate(dayNumber: Int32(accepted))
            record.isExtended = roll(0 ... 4) == 0
            if roll(0 ... 4) > 0 { record.closed = CivilDate(dayNumber: Int32(accepted + roll(-5 ... 130))) }
        }
        content.cases.upsert(id: "R\(index)", record)
    }
    return content
}
