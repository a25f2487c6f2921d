import XFRecords
import XFVocabulary

/// `month` = [first day of M, A], `ytd` (本年累计) = [1 January, A], `at` = the state on A.
public enum Period: String, CaseIterable, Sendable, Hashable, Codable {
    case month, ytd, at

    public var label: String { ["本月", "本年累计", "截至当日"][index] }
    var index: Int { switch self { case .month: 0; case .ytd: 1; case .at: 2 } }
}

/// Scope kinds in output order.
public enum ScopeKind: String, CaseIterable, Sendable, Hashable, Codable {
    case all, unit, domain
}

/// Who a figure is about: the whole region, one 责任单位, or one 问题领域.
/// `index` is the position in `Content.units` / `Content.domains` (0 for all).
public struct Scope: Hashable, Sendable {
    public var kind: ScopeKind
    public var index: Int
    public var name: String
    /// 简称 for charts (the name when none is given).
    public var shortName: String
    /// 镇街 or 部门, for units only: pages read it here, never from the content.
    public var unitKind: UnitKind?

    public init(kind: ScopeKind, index: Int, name: String, shortName: String? = nil, unitKind: UnitKind? = nil) {
        self.kind = kind
        self.index = index
        self.name = name
        self.shortName = shortName ?? name
        self.unitKind = unitKind
    }
}

/// All scopes of a content set in output order: all, units in units.csv order,
/// domains in domains.csv order. `slot` is the position in that list.
public struct ScopeList: Sendable {
    public let scopes: [Scope]
    public let unitCount: Int
    public let domainCount: Int

    public init(region: String, units: [Unit], domains: [Domain]) {
        unitCount = units.count
        domainCount = domains.count
        scopes = [Scope(kind: .all, index: 0, name: region)]
            + units.enumerated().map {
                Scope(kind: .unit, index: $0.offset, name: $0.element.name, shortName: $0.element.shortName,
                      unitKind: $0.element.kind)
            }
            + domains.enumerated().map { Scope(kind: .domain, index: $0.offset, name: $0.element.name) }
    }

    public var count: Int { scopes.count }
    public var all: Scope { scopes[0] }
    public var units: ArraySlice<Scope> { scopes[1 ..< 1 + unitCount] }
    public var domains: ArraySlice<Scope> { scopes[(1 + unitCount)...] }
    /// The unit at `index` in units.csv order.
    public func unit(_ index: Int) -> Scope { scopes[unitSlot(index)] }

    /// The scope of a unit or domain by its name as in units.csv / domains.csv.
    public func scope(_ kind: ScopeKind, named name: String) -> Scope? {
        switch kind {
        case .all: return all
        case .unit: return units.first { $0.name == name }
        case .domain: return domains.first { $0.name == name }
        }
    }

    public func slot(of scope: Scope) -> Int {
        switch scope.kind {
        case .all: return 0
        case .unit: return unitSlot(scope.index)
        case .domain: return domainSlot(scope.index)
        }
    }
    func unitSlot(_ unit: Int) -> Int { 1 + unit }
    func domainSlot(_ domain: Int) -> Int { 1 + unitCount + domain }
}
