import XFCalendar
import XFSource
import XFVocabulary

/// DATA.md's consistency rules between the dates and states of one case row.
enum CaseRules {

    static func check(_ r: inout RowReader, registered: CivilDate?, acceptance: Acceptance, accepted: CivilDate?,
                      closed: CivilDate?, rating: Rating, rated: CivilDate?) {
        if accepted != nil && acceptance == .undecided && !r.isEmpty(CaseColumn.accepted) && r.isEmpty(CaseColumn.acceptance) {
            r.fail(CaseColumn.accepted, code: .caseAcceptedWithoutDecision, message: "填了受理日期，但「受理情况」为空。",
                   fix: "在「受理情况」中填写 受理 或 不予受理；如尚未作出决定，请清空受理日期。")
        }
        if acceptance != .undecided && accepted == nil && r.isEmpty(CaseColumn.accepted) {
            r.fail(CaseColumn.acceptance, code: .caseDecisionWithoutDate, message: "填了受理情况，但缺少受理日期（告知日期）。",
                   fix: "填写作出受理或不予受理决定并告知信访人的日期。")
        }
        if let registered, let accepted, accepted < registered {
            r.fail(CaseColumn.accepted, code: .caseAcceptedBeforeRegistered, message: "受理日期早于登记日期 \(registered)。",
                   fix: "核对两个日期，受理日期不能早于登记日期。")
        }
        if !r.isEmpty(CaseColumn.closed) && acceptance != .accepted {
            r.fail(CaseColumn.closed, code: .caseClosedNotAccepted, message: "只有「受理」的事项才有办结日期，本行受理情况不是「受理」。",
                   fix: "核对受理情况；不予受理或尚未受理的事项请清空办结日期。")
        }
        if !r.isEmpty(CaseColumn.rating) && acceptance != .accepted {
            r.fail(CaseColumn.rating, code: .caseRatedNotAccepted, message: "只有「受理」并办结的事项才有评价，本行受理情况不是「受理」。",
                   fix: "核对受理情况；否则请清空评价。")
        }
        if let accepted, let closed, closed < accepted {
            r.fail(CaseColumn.closed, code: .caseClosedBeforeAccepted, message: "办结日期早于受理日期 \(accepted)。",
                   fix: "核对两个日期，办结（答复）日期不能早于受理日期。")
        }
        if rating != .none && closed == nil && acceptance == .accepted && r.isEmpty(CaseColumn.closed) {
            r.fail(CaseColumn.rating, code: .caseRatedNotClosed, message: "有评价，但没有办结日期。",
                   fix: "评价在办结答复之后才有：请补填办结日期，或清空评价。")
        }
        if rating == .none && !r.isEmpty(CaseColumn.rated) && r.isEmpty(CaseColumn.rating) {
            r.fail(CaseColumn.rated, code: .caseRatedDateWithoutRating, message: "填了评价日期，但「评价」为空。",
                   fix: "填写评价（满意、基本满意、不满意），或清空评价日期。")
        }
        if let closed, let rated, rated < closed {
            r.fail(CaseColumn.rated, code: .caseRatedBeforeClosed, message: "评价日期早于办结日期 \(closed)。",
                   fix: "核对两个日期，评价日期不能早于办结日期。")
        }
    }
}
