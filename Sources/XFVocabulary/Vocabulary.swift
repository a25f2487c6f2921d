/// The closed lists of DATA.md. Each case's raw value is its canonical Chinese label;
/// synonyms accepted on input live with the schema (`XFRecords/Schema/Vocabulary+Lookup.swift`).

/// 信访形式
public enum Channel: UInt8, CaseIterable, Sendable {
    case letter, visit, online, phone
    public var label: String { ["来信", "来访", "网上", "电话"][Int(rawValue)] }
}

/// 内容分类
public enum Category: UInt8, CaseIterable, Sendable {
    case suggestion, accusation, claim
    public var label: String { ["建议意见", "检举控告", "申诉求决"][Int(rawValue)] }
}

/// 受理情况; `undecided` is the empty cell.
public enum Acceptance: UInt8, CaseIterable, Sendable {
    case undecided, accepted, rejected
    public var label: String { ["", "受理", "不予受理"][Int(rawValue)] }
}

/// 评价; `none` is the empty cell (not rated).
public enum Rating: UInt8, CaseIterable, Sendable {
    case none, satisfied, basicallySatisfied, dissatisfied
    public var label: String { ["", "满意", "基本满意", "不满意"][Int(rawValue)] }
    public var isSatisfied: Bool { self == .satisfied || self == .basicallySatisfied }
}

/// 处理途径; `none` is the empty cell (not given).
public enum Route: UInt8, CaseIterable, Sendable {
    case none, petition, litigation, arbitration, reconsideration, adjudication, otherStatutory
    public var label: String { ["", "信访程序", "诉讼", "仲裁", "行政复议", "行政裁决", "其他法定途径"][Int(rawValue)] }
}

/// 责任单位类型
public enum UnitKind: UInt8, CaseIterable, Sendable {
    case town, department
    public var label: String { ["镇街", "部门"][Int(rawValue)] }
}

/// 普法宣传 活动形式
public enum ActivityKind: UInt8, CaseIterable, Sendable {
    case campaign, doorToDoor, media, training, other
    public var label: String { ["集中宣传", "进村入户", "媒体宣传", "培训", "其他"][Int(rawValue)] }
}
