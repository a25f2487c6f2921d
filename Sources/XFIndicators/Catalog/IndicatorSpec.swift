import XFRecords

/// Everything the project knows about one indicator, written once: the family it
/// is computed in, whether it is a rate, its Chinese label and unit, which way is
/// better, its default target, the counters it is read from, and its rule in plain
/// Chinese (what the numerator and denominator count, and the legal basis of its
/// deadline as verified in STATUTES.md). Cards, briefs, reports and the generated
/// docs/INDICATORS.md all read the rule from here, so the words cannot drift.
public struct IndicatorSpec: Sendable {
    public let indicator: Indicator
    public let family: Indicator.Family
    /// 中文 label as on INDICATORS.md, e.g. 信访总量（件）.
    public let label: String
    /// Unit of measure written after a count (件, 批, 人次…), `%` for rates.
    public let unit: String
    /// The unit of the numerator and denominator counts of a rate (件 or 人).
    public let countUnit: String
    /// true, false, or nil for plain volumes where neither direction is better.
    public let higherIsBetter: Bool?
    /// The target used when site.toml sets none (rates only).
    public let defaultTarget: Target?
    /// What is counted (counts), or what the numerator counts (rates), for `{期间}`.
    public let numeratorRule: String
    /// What the denominator counts (rates only), for `{期间}`.
    public let denominatorRule: String?
    /// The legal basis of the deadline the indicator measures, if any.
    public let basis: String?
    /// Counter slots the engine reads: numerator, and denominator for rates.
    let slots: (numerator: Int, denominator: Int?)

    public var id: String { indicator.rawValue }
    public var isRate: Bool { denominatorRule != nil }
}

extension Indicator {
    public enum Family: String, Sendable, Equatable {
        /// Counted over the cases of a period (month or ytd).
        case caseFlow
        /// The state of the cases on the as-of date (period at).
        case caseStock
        /// From the 领导接访 and 普法宣传 logs: no domain scope.
        case activity
    }

    /// The catalogue entry of this indicator.
    public var spec: IndicatorSpec { IndicatorCatalog.specs[order] }
    public var family: Family { spec.family }
    public var isRate: Bool { spec.isRate }
    public var label: String { spec.label }
    public var unit: String { spec.unit }
}

/// The catalogue, one entry per indicator in the order of INDICATORS.md.
public enum IndicatorCatalog {
    /// 《信访工作条例》 articles behind the deadlines, as checked in STATUTES.md.
    public static let acceptanceBasis = "《信访工作条例》第二十二条（信访部门收到信访事项，应当予以登记，并在15日内分别处理）、"
        + "第二十三条（有关机关、单位应当自收到之日起15日内书面告知信访人）"
    public static let closingBasis = "《信访工作条例》第三十四条（自受理之日起60日内办结；情况复杂的，经批准可以适当延长，"
        + "延长期限不得超过30日）"

    public static let specs: [IndicatorSpec] = {
        typealias S = CaseCounters.Slot
        typealias A = ActivityCounters.Slot
        func count(_ i: Indicator, _ family: Indicator.Family, _ label: String, _ unit: String, _ slot: Int,
                   better: Bool? = nil, _ rule: String, basis: String? = nil) -> IndicatorSpec {
            IndicatorSpec(indicator: i, family: family, label: label, unit: unit, countUnit: unit, higherIsBetter: better,
                          defaultTarget: nil, numeratorRule: rule, denominatorRule: nil, basis: basis, slots: (slot, nil))
        }
        func rate(_ i: Indicator, _ family: Indicator.Family, _ label: String, _ numerator: Int, _ denominator: Int,
                  target: Target, countUnit: String = "件", numeratorRule: String, denominatorRule: String,
                  basis: String? = nil) -> IndicatorSpec {
            IndicatorSpec(indicator: i, family: family, label: label, unit: "%", countUnit: countUnit,
                          higherIsBetter: target.higherIsBetter, defaultTarget: target, numeratorRule: numeratorRule,
                          denominatorRule: denominatorRule, basis: basis, slots: (numerator, denominator))
        }
        let list: [IndicatorSpec] = [
            count(.cases, .caseFlow, "信访总量（件）", "件", S.cases, "登记日期在{期间}的信访事项"),
            count(.persons, .caseFlow, "信访人次", "人次", S.persons, "登记日期在{期间}的信访事项所涉人数之和"),
            count(.letters, .caseFlow, "来信件数", "件", S.letters, "登记日期在{期间}、信访形式为来信的信访事项"),
            count(.visits, .caseFlow, "来访批次", "批", S.visits, "登记日期在{期间}、信访形式为来访的信访事项"),
            count(.visitPersons, .caseFlow, "来访人次", "人次", S.visitPersons, "登记日期在{期间}的来访所涉人数之和"),
            count(.online, .caseFlow, "网上信访件数", "件", S.online, "登记日期在{期间}、信访形式为网上信访的信访事项"),
            count(.phone, .caseFlow, "电话信访件数", "件", S.phone, "登记日期在{期间}、信访形式为电话的信访事项"),
            count(.groupVisits, .caseFlow, "集体访批次", "批", S.groupVisits, better: false,
                  "登记日期在{期间}、人数在5人以上的来访"),
            rate(.onlineShare, .caseFlow, "网上信访占比", S.online, S.cases, target: Target(green: 0.60, yellow: 0.40),
                 numeratorRule: "其中网上信访的", denominatorRule: "登记日期在{期间}的信访事项"),
            rate(.repeatShare, .caseFlow, "重复信访率", S.repeated, S.cases,
                 target: Target(green: 0.10, yellow: 0.15, higherIsBetter: false),
                 numeratorRule: "其中标为重复信访的", denominatorRule: "登记日期在{期间}的信访事项"),
            count(.bypass, .caseFlow, "越级访件数", "件", S.bypass, better: false, "登记日期在{期间}、标为越级的信访事项"),
            rate(.timelyAcceptance, .caseFlow, "及时受理率", S.timelyNum, S.timelyDen, target: Target(green: 0.95, yellow: 0.90),
                 numeratorRule: "其中在登记后15日内作出受理或不予受理决定的",
                 denominatorRule: "登记后15日期限落在{期间}的信访事项（未作决定的也计入）", basis: acceptanceBasis),
            rate(.ontimeClosing, .caseFlow, "按期办结率", S.ontimeNum, S.ontimeDen, target: Target(green: 0.95, yellow: 0.90),
                 numeratorRule: "其中在期限内办结的",
                 denominatorRule: "已受理、办理期限（受理后60日，延期的90日）落在{期间}的信访事项", basis: closingBasis),
            rate(.participation, .caseFlow, "参评率", S.ratedSameMonth, S.closed, target: Target(green: 0.90, yellow: 0.80),
                 numeratorRule: "其中截至统计日已有满意度评价的", denominatorRule: "办结日期在{期间}的信访事项"),
            rate(.satisfaction, .caseFlow, "满意率", S.satisfiedSameMonth, S.ratedSameMonth,
                 target: Target(green: 0.90, yellow: 0.85),
                 numeratorRule: "其中评价为满意或基本满意的",
                 denominatorRule: "办结日期在{期间}、截至统计日已有评价的信访事项"),
            rate(.oneTimeResolution, .caseFlow, "一次性化解率", S.oneTimeNum, S.oneTimeDen,
                 target: Target(green: 0.90, yellow: 0.85), numeratorRule: "其中已化解的",
                 denominatorRule: "办结日期在{期间}、初信初访、内容为申诉求决的信访事项"),
            rate(.statutoryRoute, .caseFlow, "导入法定途径占比", S.routeNum, S.routeDen,
                 target: Target(green: 0.50, yellow: 0.30), numeratorRule: "其中处理途径不是信访程序的",
                 denominatorRule: "登记日期在{期间}、内容为申诉求决且填写了处理途径的信访事项"),
            count(.reviews, .caseFlow, "复查申请件数", "件", S.reviews, "复查日期在{期间}的信访事项"),
            count(.reReviews, .caseFlow, "复核申请件数", "件", S.reReviews, "复核日期在{期间}的信访事项"),
            count(.open, .caseStock, "在办件数", "件", S.open, "截至统计日已受理、尚未办结的信访事项"),
            count(.overdueOpen, .caseStock, "超期未办结件数", "件", S.overdueOpen, better: false,
                  "截至统计日在办、且已过办理期限（受理后60日，延期的90日）的信访事项", basis: closingBasis),
            count(.overdueUnaccepted, .caseStock, "超期未受理件数", "件", S.overdueUnaccepted, better: false,
                  "截至统计日已登记、登记满15日仍未作出受理决定的信访事项", basis: acceptanceBasis),
            rate(.backlogResolution, .caseStock, "积案化解率", S.backlogResolved, S.backlog,
                 target: Target(green: 0.90, yellow: 0.80), numeratorRule: "其中截至统计日已办结并化解的",
                 denominatorRule: "截至统计日已登记的积案"),
            count(.receptionSessions, .activity, "领导接访场次", "场", A.sessions, "{期间}领导接访记录的场次"),
            count(.receptionLeaders, .activity, "接访领导人数", "人", A.leaders, "{期间}参加接访的不同领导人数"),
            count(.receptionBatches, .activity, "接待批次", "批", A.batches, "{期间}领导接访接待的批次之和"),
            count(.receptionPersons, .activity, "接待人次", "人次", A.persons, "{期间}领导接访接待的人次之和"),
            count(.receptionAssigned, .activity, "批示交办件数", "件", A.assigned, "{期间}领导接访批示交办的件数之和"),
            count(.publicityEvents, .activity, "宣传活动场次", "场", A.events, "{期间}开展的普法宣传活动（培训除外）场次"),
            count(.publicityMaterials, .activity, "发放资料份数", "份", A.materials, "{期间}普法宣传发放资料份数之和"),
            count(.publicityConsultations, .activity, "接受咨询人次", "人次", A.consultations, "{期间}普法宣传接受咨询人次之和"),
            count(.publicityUnits, .activity, "参与单位（次）", "个", A.units, "{期间}普法宣传参与单位数之和"),
            count(.trainings, .activity, "培训场次", "场", A.trainings, "{期间}组织的培训场次"),
            count(.trainees, .activity, "参训人次", "人次", A.trainees, "{期间}培训参训人数之和"),
            rate(.examPass, .activity, "考试合格率", A.passed, A.examinees, target: Target(green: 1.0, yellow: 0.90),
                 countUnit: "人", numeratorRule: "其中考试合格的", denominatorRule: "{期间}培训参加考试的人数"),
        ]
        precondition(list.map(\.indicator) == Indicator.allCases, "the catalogue must follow Indicator's order")
        return list
    }()

    /// The default targets, by indicator: every rate has one.
    public static let defaultTargets: [Indicator: Target] = Dictionary(
        uniqueKeysWithValues: specs.compactMap { spec in spec.defaultTarget.map { (spec.indicator, $0) } })
}
