/// One 信访事项 after validation, packed to 40 bytes so that a million cases fit in
/// well under 100 bytes each. Optional dates are stored as a sentinel day number and
/// exposed as optionals. The 信访件编号 lives in `CaseStore`, not here.
public struct CaseRecord: Sendable, Equatable {
    static let noDate = Int32.min

    public var registeredDay: Int32
    var acceptedDay: Int32 = noDate
    var closedDay: Int32 = noDate
    var ratedDay: Int32 = noDate
    var reviewDay: Int32 = noDate
    var reReviewDay: Int32 = noDate
    /// Index into `Content.units`.
    public var unit: UInt16
    /// Index into `Content.domains`.
    public var domain: UInt16
    public var persons: UInt32 = 1
    public var channel: Channel
    public var category: Category
    public var acceptance: Acceptance = .undecided
    public var rating: Rating = .none
    public var route: Route = .none
    var flags: Flags = []

    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let firstTime = Flags(rawValue: 1 << 0)
        public static let repeated = Flags(rawValue: 1 << 1)
        public static let bypass = Flags(rawValue: 1 << 2)
        public static let extended = Flags(rawValue: 1 << 3)
        public static let resolved = Flags(rawValue: 1 << 4)
        public static let backlog = Flags(rawValue: 1 << 5)
    }

    /// How many units (and domains) a record can refer to. The loader refuses
    /// content with more, so the conversions below never trap on user input.
    public static let maxUnits = Int(UInt16.max) + 1
    public static let maxDomains = Int(UInt16.max) + 1

    /// `unit` and `domain` are indexes below `maxUnits` and `maxDomains`.
    public init(registered: CivilDate, unit: Int, domain: Int, channel: Channel, category: Category) {
        registeredDay = registered.dayNumber
        self.unit = UInt16(unit)
        self.domain = UInt16(domain)
        self.channel = channel
        self.category = category
    }

    // MARK: Dates

    public var registered: CivilDate {
        get { CivilDate(dayNumber: registeredDay) }
        set { registeredDay = newValue.dayNumber }
    }
    /// 受理日期: when the acceptance decision (受理 or 不予受理) was made and told.
    public var accepted: CivilDate? {
        get { Self.date(acceptedDay) }
        set { acceptedDay = newValue?.dayNumber ?? Self.noDate }
    }
    /// 办结日期
    public var closed: CivilDate? {
        get { Self.date(closedDay) }
        set { closedDay = newValue?.dayNumber ?? Self.noDate }
    }
    /// 评价日期, already defaulted to 办结日期 when a rating came without a date.
    public var rated: CivilDate? {
        get { Self.date(ratedDay) }
        set { ratedDay = newValue?.dayNumber ?? Self.noDate }
    }
    /// 复查日期
    public var review: CivilDate? {
        get { Self.date(reviewDay) }
        set { reviewDay = newValue?.dayNumber ?? Self.noDate }
    }
    /// 复核日期
    public var reReview: CivilDate? {
        get { Self.date(reReviewDay) }
        set { reReviewDay = newValue?.dayNumber ?? Self.noDate }
    }

    static func date(_ day: Int32) -> CivilDate? { day == noDate ? nil : CivilDate(dayNumber: day) }

    // MARK: Flags

    public var isFirstTime: Bool { get { flags.contains(.firstTime) } set { set(.firstTime, newValue) } }
    public var isRepeated: Bool { get { flags.contains(.repeated) } set { set(.repeated, newValue) } }
    public var isBypass: Bool { get { flags.contains(.bypass) } set { set(.bypass, newValue) } }
    /// 延期: the handling period is 90 days instead of 60.
    public var isExtended: Bool { get { flags.contains(.extended) } set { set(.extended, newValue) } }
    public var isResolved: Bool { get { flags.contains(.resolved) } set { set(.resolved, newValue) } }
    public var isBacklog: Bool { get { flags.contains(.backlog) } set { set(.backlog, newValue) } }

    mutating func set(_ flag: Flags, _ on: Bool) {
        if on { flags.insert(flag) } else { flags.remove(flag) }
    }

    // MARK: Deadlines (INDICATORS.md)

    /// dl_acc = 登记日期 + 15.
    public var acceptanceDeadline: CivilDate { registered.adding(days: 15) }
    /// dl_close = 受理日期 + 60, or + 90 with 延期; nil until accepted.
    public var closingDeadline: CivilDate? {
        guard acceptance == .accepted, let accepted else { return nil }
        return accepted.adding(days: isExtended ? 90 : 60)
    }
}
