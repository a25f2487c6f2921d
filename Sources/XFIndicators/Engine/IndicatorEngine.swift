import XFRecords

/// Computes every indicator of INDICATORS.md for every monthly snapshot, period and
/// scope in one pass over the cases (see `CaseCounters`), then reads the figures
/// off the counters. Cost: O(cases + snapshots × scopes × indicators).
public struct IndicatorEngine: Sendable {
    public let content: Content

    public init(content: Content) { self.content = content }

    /// `reportWindows: false` leaves out the quarter and half-year figures of the
    /// period reports (for the benchmark, which times them apart).
    public func run(reportWindows: Bool = true) -> SnapshotSet {
        let scopes = ScopeList(region: content.settings.region, units: content.units, domains: content.domains)
        guard let calendar = SnapshotCalendar(content: content) else {
            return SnapshotSet(scopes: scopes, snapshots: [], table: FigureTable(snapshots: 0, scopes: scopes.count),
                               targets: content.settings.targets)
        }
        var cases = CaseCounters(calendar: calendar, scopes: scopes)
        cases.add(content.cases)
        let caseYTD = cases.yearToDate()
        let activities = ActivityCounters(calendar: calendar, unitCount: scopes.unitCount,
                                          receptions: content.receptions, activities: content.activities)

        let months = Array(calendar.snapshotIndices)
        var table = FigureTable(snapshots: months.count, scopes: scopes.count)
        for (snapshot, m) in months.enumerated() {
            for scope in 0 ..< scopes.count {
                let caseBase = cases.offset(scope: scope, month: m)
                for period in [Period.month, .ytd] {
                    let counters = period == .ytd ? caseYTD : cases.values
                    for indicator in Indicator.caseFlow {
                        table.set(snapshot, period, scope, indicator,
                                  Self.caseFlow(indicator, counters, caseBase, yearToDate: period == .ytd))
                    }
                }
                for indicator in Indicator.caseStock {
                    table.set(snapshot, .at, scope, indicator, Self.caseStock(indicator, cases.values, caseBase))
                }
                guard scope <= scopes.unitCount else { continue }
                for period in [Period.month, .ytd] {
                    for indicator in Indicator.activity {
                        table.set(snapshot, period, scope, indicator,
                                  Self.activity(indicator) { activities.value($0, scope: scope, month: m, yearToDate: period == .ytd) })
                    }
                }
            }
        }
        let windows = reportWindows ? WindowFigures.compute(months: months, scopes: scopes, cases: cases, activities: activities)
            : WindowFigures()
        let snapshots = months.enumerated().map { position, m in
            SnapshotInfo(position: position, month: calendar.month(m), asOf: calendar.asOf(m), isPartial: calendar.isPartial(m))
        }
        return SnapshotSet(scopes: scopes, snapshots: snapshots, table: table, targets: content.settings.targets,
                           windows: windows)
    }

    typealias S = CaseCounters.Slot

    static func caseFlow(_ indicator: Indicator, _ v: [Int], _ base: Int, yearToDate: Bool) -> Figure {
        caseFlow(indicator, v, base, span: yearToDate ? 12 : 1)
    }

    /// A case flow figure from counters summed over a window of `span` months.
    static func caseFlow(_ indicator: Indicator, _ v: [Int], _ base: Int, span: Int) -> Figure {
        func count(_ slot: Int) -> Figure { Figure(count: v[base + slot]) }
        func rate(_ numerator: Int, _ denominator: Int) -> Figure {
            Figure(numerator: v[base + numerator], denominator: v[base + denominator])
        }
        let (rated, satisfied) = S.rated(span: span)
        switch indicator {
        case .cases: return count(S.cases)
        case .persons: return count(S.persons)
        case .letters: return count(S.letters)
        case .visits: return count(S.visits)
        case .visitPersons: return count(S.visitPersons)
        case .online: return count(S.online)
        case .phone: return count(S.phone)
        case .groupVisits: return count(S.groupVisits)
        case .onlineShare: return rate(S.online, S.cases)
        case .repeatShare: return rate(S.repeated, S.cases)
        case .bypass: return count(S.bypass)
        case .timelyAcceptance: return rate(S.timelyNum, S.timelyDen)
        case .ontimeClosing: return rate(S.ontimeNum, S.ontimeDen)
        case .participation: return rate(rated, S.closed)
        case .satisfaction: return rate(satisfied, rated)
        case .oneTimeResolution: return rate(S.oneTimeNum, S.oneTimeDen)
        case .statutoryRoute: return rate(S.routeNum, S.routeDen)
        case .reviews: return count(S.reviews)
        case .reReviews: return count(S.reReviews)
        default: preconditionFailure("\(indicator) is not a case flow indicator")
        }
    }

    static func caseStock(_ indicator: Indicator, _ v: [Int], _ base: Int) -> Figure {
        switch indicator {
        case .open: return Figure(count: v[base + S.open])
        case .overdueOpen: return Figure(count: v[base + S.overdueOpen])
        case .overdueUnaccepted: return Figure(count: v[base + S.overdueUnaccepted])
        case .backlogResolution: return Figure(numerator: v[base + S.backlogResolved], denominator: v[base + S.backlog])
        default: preconditionFailure("\(indicator) is not a stock indicator")
        }
    }

    static func activity(_ indicator: Indicator, _ v: (Int) -> Int) -> Figure {
        typealias A = ActivityCounters.Slot
        switch indicator {
        case .receptionSessions: return Figure(count: v(A.sessions))
        case .receptionLeaders: return Figure(count: v(A.leaders))
        case .receptionBatches: return Figure(count: v(A.batches))
        case .receptionPersons: return Figure(count: v(A.persons))
        case .receptionAssigned: return Figure(count: v(A.assigned))
        case .publicityEvents: return Figure(count: v(A.events))
        case .publicityMaterials: return Figure(count: v(A.materials))
        case .publicityConsultations: return Figure(count: v(A.consultations))
        case .publicityUnits: return Figure(count: v(A.units))
        case .trainings: return Figure(count: v(A.trainings))
        case .trainees: return Figure(count: v(A.trainees))
        case .examPass: return Figure(numerator: v(A.passed), denominator: v(A.examinees))
        default: preconditionFailure("\(indicator) is not a reception or publicity indicator")
        }
    }
}

/// The benchmark entry point: every snapshot of a content set.
public func computeAllSnapshots(_ content: Content) -> SnapshotSet {
    IndicatorEngine(content: content).run()
}
