/// The case flow and activity figures of every snapshot over the quarter and the
/// half-year to date (the year to date is the snapshot's `ytd`): the windows of
/// the period reports. Flat arrays [snapshot][scope][indicator]; a denominator
/// of -1 marks a count.
struct WindowFigures: Sendable {
    private var quarter = Table()
    private var half = Table()

    struct Table: Sendable {
        var numerators: [Int] = []
        var denominators: [Int] = []
    }

    private var scopes = 0
    private static let indicators = Indicator.allCases.count

    init() {}

    static func compute(months: [Int], scopes: ScopeList, cases: CaseCounters, activities: ActivityCounters) -> WindowFigures {
        var figures = WindowFigures()
        figures.scopes = scopes.count
        let size = months.count * scopes.count * indicators
        for span in [3, 6] {
            var table = Table(numerators: [Int](repeating: 0, count: size), denominators: [Int](repeating: -1, count: size))
            let caseSums = cases.runningSums(every: span)
            let activitySums = activities.runningSums(every: span)
            for (snapshot, m) in months.enumerated() {
                for scope in 0 ..< scopes.count {
                    let caseBase = cases.offset(scope: scope, month: m)
                    func set(_ indicator: Indicator, _ figure: Figure) {
                        let i = (snapshot * scopes.count + scope) * indicators + indicator.order
                        table.numerators[i] = figure.numerator
                        table.denominators[i] = figure.denominator ?? -1
                    }
                    for spec in IndicatorCatalog.specs {
                        switch spec.family {
                        case .caseFlow: set(spec.indicator, spec.figure { caseSums[caseBase + $0] })
                        case .caseStock: continue
                        case .activity:
                            guard scope <= scopes.unitCount else { continue }
                            set(spec.indicator, spec.figure { activities.value($0, in: activitySums, scope: scope, month: m) })
                        }
                    }
                }
            }
            if span == 3 { figures.quarter = table } else { figures.half = table }
        }
        return figures
    }

    func figure(_ window: ReportPeriod.Kind, _ snapshot: Int, _ scope: Int, _ indicator: Indicator) -> Figure? {
        let table = window == .quarter ? quarter : half
        let i = (snapshot * scopes + scope) * Self.indicators + indicator.order
        guard table.numerators.indices.contains(i) else { return nil }
        let denominator = table.denominators[i]
        return denominator < 0 ? Figure(count: table.numerators[i]) : Figure(numerator: table.numerators[i], denominator: denominator)
    }
}
