import XFCalendar
import XFIndicators

/// The key figures of a snapshot as sentences in the annual reports' phrasing
/// (本月共登记信访事项412件、同比下降3.2%…), ready to paste into a report.
enum BriefSentences {
    static func all(_ views: FigureViews, _ scope: Scope) -> [String] {
        [volume(views, scope), channels(views, scope), rates(views, scope), stock(views, scope),
         reception(views, scope), publicity(views, scope), yearToDate(views, scope)]
    }

    /// `、同比下降3.2%、环比上升1.0%`, or "" when neither compares.
    static func changes(_ views: FigureViews, _ indicator: Indicator, _ scope: Scope, _ period: Period = .month,
                        bases: [Comparison.Base] = [.sameMonthLastYear, .previousMonth], separator: String = "、") -> String {
        bases
            .map { views.sentence(indicator, scope, period, $0) }
            .filter { !$0.isEmpty }
            .map { separator + $0 }
            .joined()
    }

    /// `95.7%`, `样本不足（7/8件）`, or `暂无数据` for an empty rate.
    static func rate(_ views: FigureViews, _ indicator: Indicator, _ scope: Scope, _ period: Period = .month) -> String {
        let text = views.shown(indicator, scope, period)
        return text == "—" ? "暂无数据" : text
    }

    static func count(_ views: FigureViews, _ indicator: Indicator, _ scope: Scope, _ period: Period = .month) -> String {
        views.figure(indicator, scope, period)?.displayText ?? "0"
    }

    /// 本月, or 本月（截至11月15日） for the partial month of the cut-off.
    static func thisMonth(_ v: FigureViews) -> String {
        guard v.snapshot.isPartial else { return "本月" }
        let asOf = v.snapshot.asOf.components
        return "本月（截至\(asOf.month)月\(asOf.day)日）"
    }

    static func volume(_ v: FigureViews, _ s: Scope) -> String {
        "\(thisMonth(v))共登记信访事项\(count(v, .cases, s))件\(changes(v, .cases, s))，涉及群众\(count(v, .persons, s))人次。"
    }

    static func channels(_ v: FigureViews, _ s: Scope) -> String {
        "其中来信\(count(v, .letters, s))件，来访\(count(v, .visits, s))批\(count(v, .visitPersons, s))人次"
            + "（集体访\(count(v, .groupVisits, s))批），网上信访\(count(v, .online, s))件，电话信访\(count(v, .phone, s))件；"
            + "网上信访占比\(rate(v, .onlineShare, s))，重复信访率\(rate(v, .repeatShare, s))。"
    }

    static func rates(_ v: FigureViews, _ s: Scope) -> String {
        let parts = [Indicator.timelyAcceptance, .ontimeClosing, .participation, .satisfaction, .oneTimeResolution].map { indicator in
            let change = v.sentence(indicator, s, .month, .sameMonthLastYear)
            return indicator.label + rate(v, indicator, s) + (change.isEmpty ? "" : "（\(change)）")
        }
        return parts.joined(separator: "，") + "。"
    }

    static func stock(_ v: FigureViews, _ s: Scope) -> String {
        let asOf = v.snapshot.asOf.components
        return "截至\(asOf.month)月\(asOf.day)日，在办信访事项\(count(v, .open, s))件，其中超期未办结\(count(v, .overdueOpen, s))件；"
            + "超期未受理\(count(v, .overdueUnaccepted, s))件；积案化解率\(rate(v, .backlogResolution, s))。"
    }

    static func reception(_ v: FigureViews, _ s: Scope) -> String {
        "\(thisMonth(v))领导接访\(count(v, .receptionSessions, s))场、接访领导\(count(v, .receptionLeaders, s))人，"
            + "接待来访群众\(count(v, .receptionBatches, s))批\(count(v, .receptionPersons, s))人次，"
            + "批示交办\(count(v, .receptionAssigned, s))件。"
    }

    static func publicity(_ v: FigureViews, _ s: Scope) -> String {
        "开展普法宣传活动\(count(v, .publicityEvents, s))场，参与单位\(count(v, .publicityUnits, s))个（次），"
            + "发放宣传资料\(count(v, .publicityMaterials, s))份，接受群众咨询\(count(v, .publicityConsultations, s))人次；"
            + "组织培训\(count(v, .trainings, s))场、参训\(count(v, .trainees, s))人次，考试合格率\(rate(v, .examPass, s))。"
    }

    static func yearToDate(_ v: FigureViews, _ s: Scope) -> String {
        "本年累计登记信访事项\(count(v, .cases, s, .ytd))件\(changes(v, .cases, s, .ytd, bases: [.sameMonthLastYear]))，"
            + "及时受理率\(rate(v, .timelyAcceptance, s, .ytd))，按期办结率\(rate(v, .ontimeClosing, s, .ytd))，"
            + "满意率\(rate(v, .satisfaction, s, .ytd))。"
    }
}
