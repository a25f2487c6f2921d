/// All figures of a snapshot set in two flat arrays indexed
/// [snapshot][period][scope][indicator]; a denominator of -1 marks a count.
/// Combinations that have no row (a stock indicator in period month, an activity
/// indicator in a domain scope) stay as count 0 and are never read.
struct FigureTable: Sendable {
    let scopes: Int
    private(set) var numerators: [Int]
    private(set) var denominators: [Int]
    private static let indicators = Indicator.allCases.count
    private static let periods = Period.allCases.count

    init(snapshots: Int, scopes: Int) {
        self.scopes = scopes
        let size = snapshots * Self.periods * scopes * Self.indicators
        numerators = [Int](repeating: 0, count: size)
        denominators = [Int](repeating: -1, count: size)
    }

    @inline(__always)
    private func index(_ snapshot: Int, _ period: Period, _ scope: Int, _ indicator: Indicator) -> Int {
        ((snapshot * Self.periods + period.index) * scopes + scope) * Self.indicators + indicator.order
    }

    mutating func set(_ snapshot: Int, _ period: Period, _ scope: Int, _ indicator: Indicator, _ figure: Figure) {
        let i = index(snapshot, period, scope, indicator)
        numerators[i] = figure.numerator
        denominators[i] = figure.denominator ?? -1
    }

    func figure(_ snapshot: Int, _ period: Period, _ scope: Int, _ indicator: Indicator) -> Figure {
        let i = index(snapshot, period, scope, indicator)
        let denominator = denominators[i]
        return denominator < 0 ? Figure(count: numerators[i]) : Figure(numerator: numerators[i], denominator: denominator)
    }
}
