import XFVocabulary

/// Every indicator of INDICATORS.md, in the order of that page. The raw value is
/// the machine id used in `indicators.csv`; the case order is the output order.
public enum Indicator: String, CaseIterable, Sendable, Hashable, Codable {
    // Case flow indicators (periods month and ytd).
    case cases, persons, letters, visits
    case visitPersons = "visit_persons"
    case online, phone
    case groupVisits = "group_visits"
    case onlineShare = "online_share"
    case repeatShare = "repeat_share"
    case bypass
    case timelyAcceptance = "timely_acceptance"
    case ontimeClosing = "ontime_closing"
    case participation, satisfaction
    case oneTimeResolution = "one_time_resolution"
    case statutoryRoute = "statutory_route"
    case reviews
    case reReviews = "re_reviews"
    // Case stock indicators (period at).
    case open
    case overdueOpen = "overdue_open"
    case overdueUnaccepted = "overdue_unaccepted"
    case backlogResolution = "backlog_resolution"
    // Reception and publicity (scopes all and unit only).
    case receptionSessions = "reception_sessions"
    case receptionLeaders = "reception_leaders"
    case receptionBatches = "reception_batches"
    case receptionPersons = "reception_persons"
    case receptionAssigned = "reception_assigned"
    case publicityEvents = "publicity_events"
    case publicityMaterials = "publicity_materials"
    case publicityConsultations = "publicity_consultations"
    case publicityUnits = "publicity_units"
    case trainings, trainees
    case examPass = "exam_pass"

    public var id: String { rawValue }

    /// Position in the page order, used for sorting rows and indexing tables. A
    /// case-only enum is stored as its declaration index, which is `allCases`
    /// order (tested): read on every figure, so no dictionary lookup.
    public var order: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    /// The periods this indicator has rows for.
    public var periods: [Period] { family == .caseStock ? [.at] : [.month, .ytd] }

    /// `periods.contains(period)`, without building the array (read on every figure).
    public func has(_ period: Period) -> Bool { family == .caseStock ? period == .at : period != .at }

    /// Whether the indicator has rows for scopes of this kind.
    public func applies(to kind: ScopeKind) -> Bool { family != .activity || kind != .domain }

    public static let caseFlow = allCases.filter { $0.family == .caseFlow }
    public static let caseStock = allCases.filter { $0.family == .caseStock }
    public static let activity = allCases.filter { $0.family == .activity }

    /// The indicators that have rows for one period and scope kind, in page order.
    public static func rows(period: Period, scope: ScopeKind) -> [Indicator] {
        rowTable[period.index * ScopeKind.allCases.count + ScopeKind.allCases.firstIndex(of: scope)!]
    }

    private static let rowTable: [[Indicator]] = Period.allCases.flatMap { period in
        ScopeKind.allCases.map { scope in allCases.filter { $0.has(period) && $0.applies(to: scope) } }
    }
}

extension Indicator {
    /// The count of one 信访形式 (来信件数, 来访批次, 网上信访件数, 电话信访件数), as
    /// the engine counts it, for the charts that split cases by channel.
    public static func count(of channel: Channel) -> Indicator {
        switch channel {
        case .letter: .letters
        case .visit: .visits
        case .online: .online
        case .phone: .phone
        }
    }
}
