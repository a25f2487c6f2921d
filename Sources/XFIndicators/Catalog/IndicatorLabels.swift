/// The Chinese names and units of measure, as the annual reports write them, so
/// that a clerk can copy a figure with its unit straight into a report.
extension Indicator {
    /// 中文 label as on INDICATORS.md, e.g. 信访总量（件）.
    public var label: String {
        switch self {
        case .cases: return "信访总量（件）"
        case .persons: return "信访人次"
        case .letters: return "来信件数"
        case .visits: return "来访批次"
        case .visitPersons: return "来访人次"
        case .online: return "网上信访件数"
        case .phone: return "电话信访件数"
        case .groupVisits: return "集体访批次"
        case .onlineShare: return "网上信访占比"
        case .repeatShare: return "重复信访率"
        case .bypass: return "越级访件数"
        case .timelyAcceptance: return "及时受理率"
        case .ontimeClosing: return "按期办结率"
        case .participation: return "参评率"
        case .satisfaction: return "满意率"
        case .oneTimeResolution: return "一次性化解率"
        case .statutoryRoute: return "导入法定途径占比"
        case .reviews: return "复查申请件数"
        case .reReviews: return "复核申请件数"
        case .open: return "在办件数"
        case .overdueOpen: return "超期未办结件数"
        case .overdueUnaccepted: return "超期未受理件数"
        case .backlogResolution: return "积案化解率"
        case .receptionSessions: return "领导接访场次"
        case .receptionLeaders: return "接访领导人数"
        case .receptionBatches: return "接待批次"
        case .receptionPersons: return "接待人次"
        case .receptionAssigned: return "批示交办件数"
        case .publicityEvents: return "宣传活动场次"
        case .publicityMaterials: return "发放资料份数"
        case .publicityConsultations: return "接受咨询人次"
        case .publicityUnits: return "参与单位（次）"
        case .trainings: return "培训场次"
        case .trainees: return "参训人次"
        case .examPass: return "考试合格率"
        }
    }

    /// Unit of measure written after a value: 件, 批, 人次, 份, 场, 个, 人 or %.
    public var unit: String {
        switch self {
        case .persons, .visitPersons, .receptionPersons, .publicityConsultations, .trainees: return "人次"
        case .visits, .groupVisits, .receptionBatches: return "批"
        case .receptionSessions, .publicityEvents, .trainings: return "场"
        case .publicityMaterials: return "份"
        case .publicityUnits: return "个"
        case .receptionLeaders: return "人"
        default: return isRate ? "%" : "件"
        }
    }
}
