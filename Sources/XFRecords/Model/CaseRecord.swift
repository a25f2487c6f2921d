import XFCalendar
import XFVocabulary

/// One 信访事项 after validation, packed to 40 bytes so that a million cases fit in
/// well under 100 bytes each. Optional dates are stored as a sentinel day number and
/// exposed as optionals. The 信访件编号 lives in `CaseStore`, not here.
public struct CaseRecord: Sendable, Equatable {
    public var registeredDay: Int32
    /// 受理日期: when the acceptance decision (受理 or 不予受理) was made and told.
    @PackedDay public var accepted: CivilDate? = nil
    /// 办结日期
    @PackedDay public var closed: CivilDate? = nil
    /// 评价日期, already defaulted to 办结日期 when a rating came without a date.
    @PackedDay public var rated: CivilDate? = nil
    /// 复查日期
    @PackedDay public var review: CivilDate? = nil
    /// 复核日期
    @PackedDay public var reReview: CivilDate? = nil
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
}

/// A date that may be missing, in the four bytes of its day number (`Int32.min`
/// for none), so a record keeps its size.
@propertyWrapper
public struct PackedDay: Sendable, Equatable {
    private var day = Int32.min

    public init(wrappedValue: CivilDate?) {
        day = wrappedValue?.dayNumber ?? .min
    }

    public var wrappedValue: CivilDate? {
        get { day == .min ? nil : CivilDate(dayNumber: day) }
        set { day = newValue?.dayNumber ?? .min }
    }
}
