import XFCalendar
import XFRecords
import XFVocabulary

/// The one home of the deadline rules (dl_acc = 登记 + 15, dl_close = 受理 + 60,
/// or + 90 with 延期) and of the dated facts of one case as the indicators read them, as day numbers with
/// `never` for a missing fact. The loader already rejects the inconsistent
/// combinations of DATA.md; this type makes the engine total on any `Content`
/// (tests build records directly) by one rule each, documented in
/// docs/INDICATORS-DECISIONS.md:
/// - a decision needs both 受理情况 and 受理日期;
/// - a closing counts only for a 受理 case, a rating only for a closed case;
/// - a rating without 评价日期 is dated on the 办结日期 (as the loader does);
/// - a fact dated before the fact it follows is moved up to that fact's date
///   (e.g. a 复查日期 before the 登记日期 counts from the 登记日期), so that
///   every fact is seen no earlier than its case exists.
struct CaseTimeline {
    static let never = Int.max / 4

    let registered: Int
    /// Any acceptance decision (受理 or 不予受理).
    let decided: Int
    /// Only for 受理 cases: the start of the handling period.
    let accepted: Int
    let closed: Int
    let rated: Int
    let review: Int
    let reReview: Int

    @inline(__always)
    init(_ record: CaseRecord) {
        let never = CaseTimeline.never
        let registered = Int(record.registeredDay)
        self.registered = registered
        if record.acceptance != .undecided, let day = record.accepted?.dayNumber {
            decided = max(Int(day), registered)
        } else {
            decided = never
        }
        accepted = record.acceptance == .accepted ? decided : never
        if accepted != never, let day = record.closed?.dayNumber {
            closed = max(Int(day), accepted)
        } else {
            closed = never
        }
        if closed != never, record.rating != .none {
            rated = max(Int(record.rated?.dayNumber ?? Int32(closed)), closed)
        } else {
            rated = never
        }
        review = record.review.map { max(Int($0.dayNumber), registered) } ?? never
        reReview = record.reReview.map { max(Int($0.dayNumber), registered) } ?? never
    }

    /// dl_acc = 登记日期 + 15.
    var acceptanceDeadline: Int { registered + 15 }

    /// dl_close = acc + 60, or + 90 with 延期; `never` for a case not 受理.
    func closingDeadline(extended: Bool) -> Int {
        accepted == CaseTimeline.never ? CaseTimeline.never : accepted + (extended ? 90 : 60)
    }
}
