import XFCalendar
import XFRecords
import XFVocabulary

/// A ranking of the units of one kind (镇街 or 部门) by one indicator in one month
/// (INDICATORS.md, "Small samples and rankings"): by the 4-decimal value, best
/// first; equal values share a place and the next place skips (1, 2, 2, 4); among
/// equals the larger denominator first, then configured order. Units with 样本不足
/// or an empty value follow, unnumbered.
public struct Ranking: Sendable {
    public let indicator: Indicator
    public let unitKind: UnitKind
    public let month: Month
    /// Ranked units first, then the unranked ones in configured order.
    public let entries: [Entry]

    public struct Entry: Sendable, Hashable {
        public let scope: Scope
        public let figure: Figure
        /// nil for a unit not ranked (样本不足 or empty value).
        public let rank: Int?
        /// The place in the previous month's ranking; nil if none or not ranked.
        public let previousRank: Int?
        /// Change since last month; nil when not ranked now or there is no last month.
        public let movement: Movement?
    }

    /// ↑2 (up two places), ↓1, 持平, or 新 (not ranked last month).
    public enum Movement: Sendable, Hashable {
        case up(Int), down(Int), same, new

        /// ↑2, ↓1, 持平, 新.
        public var text: String { wording.sign }
        /// Words for screen readers and print: 上升2位, 下降1位, 名次持平, 新进入排名.
        public var words: String { wording.words }

        private var wording: (sign: String, words: String) {
            switch self {
            case .up(let places): return ("↑\(places)", "上升\(places)位")
            case .down(let places): return ("↓\(places)", "下降\(places)位")
            case .same: return ("持平", "名次持平")
            case .new: return ("新", "新进入排名")
            }
        }
    }

    /// The ranked indicators in the order of INDICATORS.md, with their period.
    public static let indicators: [Indicator] = [
        .repeatShare, .timelyAcceptance, .ontimeClosing, .participation, .satisfaction, .oneTimeResolution,
        .backlogResolution,
    ]

    public var ranked: [Entry] { entries.filter { $0.rank != nil } }
}

extension SnapshotSet {
    /// The ranking of one indicator over the units of one kind, with rank changes
    /// against the previous month's ranking; nil for a month without a snapshot.
    public func ranking(_ indicator: Indicator, of kind: UnitKind, month: Month) -> Ranking? {
        guard let places = rankPlaces(indicator, of: kind, month: month) else { return nil }
        let previous = rankPlaces(indicator, of: kind, month: month.adding(months: -1))
        var previousRanks = [Int?](repeating: nil, count: scopes.unitCount)
        for item in previous ?? [] { previousRanks[item.scope.index] = item.rank }
        let entries = places.map { item -> Ranking.Entry in
            let before = previousRanks[item.scope.index]
            var movement: Ranking.Movement?
            if let rank = item.rank, previous != nil {
                if let before {
                    movement = before == rank ? .same : before > rank ? .up(before - rank) : .down(rank - before)
                } else {
                    movement = .new
                }
            }
            return Ranking.Entry(scope: item.scope, figure: item.figure, rank: item.rank, previousRank: before,
                                 movement: movement)
        }
        return Ranking(indicator: indicator, unitKind: kind, month: month, entries: entries)
    }

    /// Every ranking of a month: indicators in catalogue order, 镇街 before 部门;
    /// kinds without units are left out.
    public func rankings(month: Month) -> [Ranking] {
        Ranking.indicators.flatMap { indicator in
            UnitKind.allCases.compactMap { kind in
                unitKinds.contains(kind) ? ranking(indicator, of: kind, month: month) : nil
            }
        }
    }

    /// Places without movement: ranked units in order, then the unranked.
    func rankPlaces(_ indicator: Indicator, of kind: UnitKind, month: Month) -> [(scope: Scope, figure: Figure, rank: Int?)]? {
        guard let snapshot = snapshot(for: month) else { return nil }
        let period: Period = indicator.family == .caseStock ? .at : .month
        let higher = indicator.spec.higherIsBetter ?? true
        var rankable: [(scope: Scope, figure: Figure, value: Int)] = []
        var unranked: [(scope: Scope, figure: Figure, rank: Int?)] = []
        for scope in scopes.units where unitKinds[scope.index] == kind {
            // Ranked indicators have rows for units in `period`.
            let figure = snapshot.storedFigure(period, scope, indicator)
            if let value = figure.scaledRate(10_000), !isSmallSample(figure) {
                rankable.append((scope, figure, higher ? -value : value))
            } else {
                unranked.append((scope, figure, nil))
            }
        }
        rankable.sort { a, b in
            if a.value != b.value { return a.value < b.value }
            let da = a.figure.denominator ?? 0, db = b.figure.denominator ?? 0
            if da != db { return da > db }
            return a.scope.index < b.scope.index
        }
        var placed: [(scope: Scope, figure: Figure, rank: Int?)] = []
        for (position, item) in rankable.enumerated() {
            let rank = position > 0 && rankable[position - 1].value == item.value ? placed[position - 1].rank! : position + 1
            placed.append((item.scope, item.figure, rank))
        }
        return placed + unranked
    }
}
