import XFCalendar
import XFVocabulary

/// 责任单位: a town/street or a department, in the order of units.csv.
public struct Unit: Hashable, Sendable {
    public var name: String
    public var kind: UnitKind
    /// 简称 for charts; the name when none is given.
    public var shortName: String

    public init(name: String, kind: UnitKind = .town, shortName: String? = nil) {
        self.name = name
        self.kind = kind
        self.shortName = shortName ?? name
    }
}

/// 问题领域, in the order of domains.csv (or the default list).
public struct Domain: Hashable, Sendable {
    public var name: String
    /// 重点领域: gets its own 导引图 and is highlighted.
    public var isKey: Bool

    public init(name: String, isKey: Bool = false) {
        self.name = name
        self.isKey = isKey
    }

    /// DATA.md's default list, used when domains.csv is missing.
    public static let defaults: [Domain] = [
        ("城乡建设", true), ("自然资源", true), ("人力资源和社会保障", true), ("农业农村", true),
        ("金融", true), ("涉法涉诉", true), ("教育", false), ("卫生健康", false), ("民政", false),
        ("生态环境", false), ("市场监管", false), ("其他", false),
    ].map { Domain(name: $0.0, isKey: $0.1) }
}

/// One row of the 领导接访 log.
public struct Reception: Hashable, Sendable {
    public var date: CivilDate
    /// 接访领导: a public official's name; only counted (distinct), never listed.
    public var leader: String
    public var batches: Int
    public var persons: Int
    public var assigned: Int
    /// Index into `Content.units`.
    public var unit: Int?

    public init(date: CivilDate, leader: String, batches: Int, persons: Int, assigned: Int = 0, unit: Int? = nil) {
        self.date = date
        self.leader = leader
        self.batches = batches
        self.persons = persons
        self.assigned = assigned
        self.unit = unit
    }
}

/// One 普法宣传 or training activity.
public struct Activity: Hashable, Sendable {
    public var date: CivilDate
    public var title: String
    public var kind: ActivityKind
    public var place: String?
    /// Index into `Content.units`.
    public var unit: Int?
    public var participatingUnits: Int = 0
    public var materials: Int = 0
    public var consultations: Int = 0
    public var boards: Int = 0
    public var trainees: Int = 0
    public var examinees: Int = 0
    public var passed: Int = 0

    public init(date: CivilDate, title: String, kind: ActivityKind = .campaign) {
        self.date = date
        self.title = title
        self.kind = kind
    }
}
