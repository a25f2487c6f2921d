import XFCalendar
import XFRecords
@testable import XFIndicators
import XFSettings
import XFVocabulary

/// A deliberately naive transcription of INDICATORS.md: for every snapshot, period,
/// scope and indicator it loops over all cases and tests the page's conditions
/// literally on the as-of date A and the period P. Only the normalisation of
/// inconsistent facts (`CaseTimeline`) is shared with the engine.
struct ReferenceEngine {
    struct Row: Hashable, CustomStringConvertible {
        var month: String, asOf: String, period: String, scopeType: String, scope: String, indicator: String
        var numerator: Int, denominator: Int?
        var description: String { "\(month) \(period) \(scopeType) \(scope) \(indicator) \(numerator)/\(denominator.map(String.init) ?? "-")" }
    }

    let content: Content

    func rows() -> [Row] {
        let records = content.cases.records
        guard let earliest = records.map(\.registeredDay).min() else { return [] }
        let cutoff = content.settings.cutoff ?? content.cutoff ?? SnapshotCalendar.latestDate(content)
        guard Int(earliest) <= Int(cutoff.dayNumber) else { return [] }
        var rows: [Row] = []
        var m = CivilDate(dayNumber: earliest).month
        while m <= cutoff.month {
            let asOf = m == cutoff.month ? cutoff : m.lastDay
            for period in Period.allCases {
                let start = Int((period == .ytd ? Month(year: m.year, month: 1) : m).firstDay.dayNumber)
                for (kind, index, name) in scopes() {
                    for indicator in Indicator.rows(period: period, scope: kind) {
                        let (n, d) = figure(indicator, A: Int(asOf.dayNumber), start: start, kind: kind, index: index)
                        rows.append(Row(month: m.description, asOf: asOf.description, period: period.rawValue,
                                        scopeType: kind.rawValue, scope: name, indicator: indicator.id,
                                        numerator: n, denominator: d))
                    }
                }
            }
            m = m.adding(months: 1)
        }
        return rows
    }

    func scopes() -> [(ScopeKind, Int, String)] {
        [(.all, 0, content.settings.region)]
            + content.units.enumerated().map { (.unit, $0.offset, $0.element.name) }
            + content.domains.enumerated().map { (.domain, $0.offset, $0.element.name) }
    }

    func figure(_ indicator: Indicator, A: Int, start: Int, kind: ScopeKind, index: Int) -> (Int, Int?) {
        if indicator.family == .activity { return activity(indicator, A: A, start: start, kind: kind, index: index) }
        let never = CaseTimeline.never
        func inP(_ day: Int) -> Bool { day != never && start <= day && day <= A }
        var numerator = 0, denominator = 0
        for record in content.cases.records {
            switch kind {
            case .all: break
            case .unit: if Int(record.unit) != index { continue }
            case .domain: if Int(record.domain) != index { continue }
            }
            let t = CaseTimeline(record)
            guard t.registered <= A else { continue }  // the case does not exist yet
            let registeredInP = inP(t.registered)
            let dlAcc = t.registered + 15
            let dlClose = t.accepted == never ? never : t.accepted + (record.isExtended ? 90 : 60)
            let isOpen = t.accepted <= A && !(t.closed <= A)
            func count(_ condition: Bool, _ amount: Int = 1) { if condition { numerator += amount } }
            func rate(_ inD: Bool, _ success: @autoclosure () -> Bool) {
                if inD { denominator += 1; if success() { numerator += 1 } }
            }
            switch indicator {
            case .cases: count(registeredInP)
            case .persons: count(registeredInP, Int(record.persons))
            case .letters: count(registeredInP && record.channel == .letter)
            case .visits: count(registeredInP && record.channel == .visit)
            case .visitPersons: count(registeredInP && record.channel == .visit, Int(record.persons))
            case .online: count(registeredInP && record.channel == .online)
            case .phone: count(registeredInP && record.channel == .phone)
            case .groupVisits: count(registeredInP && record.channel == .visit && record.persons >= 5)
            case .onlineShare: rate(registeredInP, record.channel == .online)
            case .repeatShare: rate(registeredInP, record.isRepeated)
            case .bypass: count(registeredInP && record.isBypass)
            case .timelyAcceptance: rate(inP(dlAcc), t.decided <= dlAcc && t.decided <= A)
            case .ontimeClosing: rate(t.accepted <= A && inP(dlClose), t.closed <= dlClose && t.closed <= A)
            case .participation: rate(inP(t.closed), t.rated <= A)
            case .satisfaction: rate(inP(t.closed) && t.rated <= A, record.rating.isSatisfied)
            case .oneTimeResolution:
                rate(inP(t.closed) && record.isFirstTime && record.category == .claim, record.isResolved)
            case .statutoryRoute:
                rate(registeredInP && record.category == .claim && record.route != .none, record.route != .petition)
            case .reviews: count(inP(t.review))
            case .reReviews: count(inP(t.reReview))
            case .open: count(isOpen)
            case .overdueOpen: count(isOpen && dlClose < A)
            case .overdueUnaccepted: count(!(t.decided <= A) && dlAcc < A)
            case .backlogResolution: rate(record.isBacklog, record.isResolved && t.closed <= A)
            default: fatalError("not a case indicator")
            }
        }
        return indicator.isRate ? (numerator, denominator) : (numerator, nil)
    }

    func activity(_ indicator: Indicator, A: Int, start: Int, kind: ScopeKind, index: Int) -> (Int, Int?) {
        func inScope(_ unit: Int?) -> Bool { kind == .all || unit == index }
        func inP(_ date: CivilDate) -> Bool { start <= Int(date.dayNumber) && Int(date.dayNumber) <= A }
        let receptions = content.receptions.filter { inScope($0.unit) && inP($0.date) }
        let activities = content.activities.filter { inScope($0.unit) && inP($0.date) }
        func sum(_ value: (Activity) -> Int) -> Int { activities.reduce(0) { $0 + value($1) } }
        switch indicator {
        case .receptionSessions: return (receptions.count, nil)
        case .receptionLeaders: return (Set(receptions.map(\.leader)).count, nil)
        case .receptionBatches: return (receptions.reduce(0) { $0 + $1.batches }, nil)
        case .receptionPersons: return (receptions.reduce(0) { $0 + $1.persons }, nil)
        case .receptionAssigned: return (receptions.reduce(0) { $0 + $1.assigned }, nil)
        case .publicityEvents: return (activities.count { $0.kind != .training }, nil)
        case .publicityMaterials: return (sum(\.materials), nil)
        case .publicityConsultations: return (sum(\.consultations), nil)
        case .publicityUnits: return (sum(\.participatingUnits), nil)
        case .trainings: return (activities.count { $0.kind == .training }, nil)
        case .trainees: return (sum(\.trainees), nil)
        case .examPass: return (sum(\.passed), sum(\.examinees))
        default: fatalError("not an activity indicator")
        }
    }
}

extension ReferenceEngine.Row {
    init(_ row: IndicatorRow) {
        self.init(month: row.month.description, asOf: row.asOf.description, period: row.period.rawValue,
                  scopeType: row.scope.kind.rawValue, scope: row.scope.name, indicator: row.indicator.id,
                  numerator: row.figure.numerator, denominator: row.figure.denominator)
    }
}
