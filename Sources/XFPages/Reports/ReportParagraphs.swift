import XFIndicators
import XFTemplates

/// One theme of a report's data section: its heading, the paragraph with exact
/// figures, and, where the round-down idiom applies, the same paragraph in it.
struct ReportParagraph: TemplateModel, Equatable {
    struct Variant: TemplateModel, Equatable {
        var pieces: [ReportPiece]
        var text: String

        static let fields = TemplateFields<Variant>(.field("pieces", \.pieces), .field("text", \.text))
    }

    var heading: String
    var pieces: [ReportPiece]
    var text: String
    /// The paragraph in the round-down idiom; nil where no figure takes it.
    var idiom: Variant?

    static let fields = TemplateFields<ReportParagraph>(
        .field("heading", \.heading), .field("pieces", \.pieces), .field("text", \.text), .field("idiom", \.idiom))
}

/// The data section of a period report in the annual reports' phrasing (the
/// seeds: "27名县级领导坐班接访230次，接待来访群众1192批2197人次…",
/// "办结求决类初次信访事项535件，一次性化解率95.7%", "积案131件，化解131件，化解率100%",
/// "发放宣传材料1000余份，接受群众咨询500多人次", "发放到23个镇街"). One paragraph per theme.
enum ReportParagraphs {
    static func all(_ f: PeriodFigures, _ scope: Scope, region: String, towns: [Scope]) -> [ReportParagraph] {
        [
            paragraph("信访总量和渠道", f, scope) { volume(&$0, region: region) },
            paragraph("受理办理质效", f, scope) { handling(&$0) },
            paragraph("信访积案化解", f, scope) { backlog(&$0) },
            paragraph("领导干部接访", f, scope) { reception(&$0) },
            paragraph("信访法治宣传", f, scope) { publicity(&$0, towns: towns) },
            paragraph("培训和考试", f, scope) { training(&$0) },
            paragraph("与上年同期比较", f, scope) { comparisons(&$0) },
        ]
    }

    static func paragraph(_ heading: String, _ f: PeriodFigures, _ scope: Scope,
                          _ write: (inout ReportText) -> Void) -> ReportParagraph {
        var exact = ReportText(f, scope)
        write(&exact)
        var loose = ReportText(f, scope, idiom: true)
        write(&loose)
        return ReportParagraph(heading: heading, pieces: exact.pieces, text: exact.plain,
                               idiom: loose.usedIdiom ? ReportParagraph.Variant(pieces: loose.pieces, text: loose.plain) : nil)
    }

    /// 全区 / 全县 / 全市 from the region's name (示例区 → 全区).
    static func whole(_ region: String) -> String {
        guard let last = region.last, "区县市镇旗州".contains(last) else { return "全区" }
        return "全" + String(last)
    }

    static func volume(_ t: inout ReportText, region: String) {
        t.add("\(t.figures.name)，\(whole(region))共登记信访事项")
        t.value(.cases)
        t.add("件，涉及群众")
        t.value(.persons)
        t.add("人次")
        if t.figures.yearOnYear(.cases, t.scope) != nil {
            t.add("，信访总量同比")
            t.change(.cases)
        }
        t.add("。其中来信")
        t.value(.letters)
        t.add("件，来访")
        t.value(.visits)
        t.add("批")
        t.value(.visitPersons)
        t.add("人次（集体访")
        t.value(.groupVisits)
        t.add("批），网上信访")
        t.value(.online)
        t.add("件，电话信访")
        t.value(.phone)
        t.add("件；网上信访占比")
        t.value(.onlineShare)
        t.add("，重复信访率")
        t.value(.repeatShare)
        t.add("。")
    }

    static func handling(_ t: inout ReportText) {
        t.add("受理期限届满的信访事项")
        t.denominator(.timelyAcceptance)
        t.add("件，及时受理")
        t.numerator(.timelyAcceptance)
        t.add("件，及时受理率")
        t.value(.timelyAcceptance)
        t.add("；办理期限届满的信访事项")
        t.denominator(.ontimeClosing)
        t.add("件，按期办结")
        t.numerator(.ontimeClosing)
        t.add("件，按期办结率")
        t.value(.ontimeClosing)
        t.add("；办结信访事项")
        t.denominator(.participation)
        t.add("件，群众参评")
        t.numerator(.participation)
        t.add("件，参评率")
        t.value(.participation)
        t.add("，评价满意或基本满意")
        t.numerator(.satisfaction)
        t.add("件，满意率")
        t.value(.satisfaction)
        t.add("；办结求决类初次信访事项")
        t.denominator(.oneTimeResolution)
        t.add("件，一次性化解率")
        t.value(.oneTimeResolution)
        t.add("（一次性化解")
        t.numerator(.oneTimeResolution)
        t.add("件）。")
    }

    static func backlog(_ t: inout ReportText) {
        t.add("截至\(PeriodFigures.date(t.figures.asOf))，共有信访积案")
        t.denominator(.backlogResolution)
        t.add("件，已化解")
        t.numerator(.backlogResolution)
        t.add("件，化解率")
        t.value(.backlogResolution)
        t.add("。在办信访事项")
        t.value(.open)
        t.add("件，其中超期未办结")
        t.value(.overdueOpen)
        t.add("件；超期未受理")
        t.value(.overdueUnaccepted)
        t.add("件。")
    }

    static func reception(_ t: inout ReportText) {
        t.add("\(t.figures.name)，共有")
        t.value(.receptionLeaders)
        t.add("名领导干部坐班接访")
        t.value(.receptionSessions)
        t.add("次，接待来访群众")
        t.value(.receptionBatches)
        t.add("批")
        t.value(.receptionPersons)
        t.add("人次，批示交办、协调处理")
        t.value(.receptionAssigned)
        t.add("件信访事项。")
    }

    static func publicity(_ t: inout ReportText, towns: [Scope]) {
        t.add("组织开展信访法治宣传活动")
        t.value(.publicityEvents)
        t.add("场，参加单位")
        t.value(.publicityUnits)
        t.add("个（次），发放宣传材料")
        t.loose(.publicityMaterials, .yu)
        t.add("份，接受群众咨询")
        t.loose(.publicityConsultations, .duo)
        t.add("人次")
        let reached = towns.filter { t.figures.count(.publicityMaterials, $0) > 0 }.count
        if reached > 0 {
            t.add("，宣传材料发放到")
            t.units(reached, of: .publicityMaterials)
            t.add("个镇街")
        }
        t.add("。")
    }

    static func training(_ t: inout ReportText) {
        let exam = t.figures.figure(.examPass, t.scope)
        if t.figures.count(.trainings, t.scope) == 0 && (exam?.denominator ?? 0) == 0 {
            return t.add("本期未组织培训和考试。")
        }
        t.add("组织信访业务和法治培训")
        t.value(.trainings)
        t.add("场，参训")
        t.value(.trainees)
        t.add("人次")
        guard let exam, let examinees = exam.denominator, examinees > 0 else {
            return t.add("；本期未组织考试。")
        }
        t.add("；")
        t.denominator(.examPass)
        t.add("名干部职工参加考试，")
        if exam.numerator == examinees { return t.add("考试成绩全部合格。") }
        t.add("合格")
        t.numerator(.examPass)
        t.add("名，合格率")
        t.value(.examPass)
        t.add("。")
    }

    static let compared: [(Indicator, String)] = [
        (.cases, "信访总量"), (.visits, "来访批次"), (.online, "网上信访件数"), (.timelyAcceptance, "及时受理率"),
        (.ontimeClosing, "按期办结率"), (.satisfaction, "满意率"), (.oneTimeResolution, "一次性化解率"),
        (.receptionSessions, "领导接访次数"), (.publicityEvents, "法治宣传活动场次"),
    ]

    /// 同比 of the key figures: this window against the same window a year
    /// earlier (both from their snapshots, same rules).
    static func comparisons(_ t: inout ReportText) {
        let f = t.figures
        guard let dataStart = f.set.months.first, dataStart <= f.period.yearEarlier.firstMonth else {
            return t.add("上年同期没有完整数据，暂不作比较。")
        }
        guard f.isComparable else {
            return t.add("本期数据截至\(PeriodFigures.date(f.asOf))，尚不完整，与上年同期的比较待本期数据完整后给出。")
        }
        let sameDays = f.snapshot.isPartial
        t.add(sameDays ? "与上年同期（同日）相比，" : "与上年同期相比，")
        var first = true
        for (indicator, label) in compared where t.figures.yearOnYear(indicator, t.scope) != nil {
            t.add((first ? "" : "，") + label)
            t.change(indicator)
            first = false
        }
        t.add(first ? "各项指标暂无可比数据。" : f.period.kind == .year ? "（按两年同期本年累计数据同一口径计算）。"
              : "（按本期与上年同期快照数据同一口径计算）。")
    }
}
