import XFCalendar
import XFRecords
import XFSettings
import XFTestSupport
@testable import XFIndicators
import XFVocabulary

/// Builds small `Content` values in code: units 城关镇 and 东城街道, domains 城乡建设
/// and 教育, cases given by ISO dates.
struct Fixture {
    var content: Content

    init(units: [String] = ["城关镇", "东城街道"], domains: [String] = ["城乡建设", "教育"], cutoff: String? = nil) {
        var settings = SiteSettings()
        settings.region = "示例区"
        content = Content(settings: settings, units: units.map { Unit(name: $0) },
                          domains: domains.map { Domain(name: $0) })
        content.cutoff = cutoff.map(day)
    }

    mutating func add(_ id: String, registered: String, unit: Int = 0, domain: Int = 0, channel: Channel = .letter,
                      category: Category = .claim, persons: Int = 1,
                      _ configure: (inout CaseRecord) -> Void = { _ in }) {
        var record = CaseRecord(registered: day(registered), unit: unit, domain: domain, channel: channel, category: category)
        record.persons = UInt32(persons)
        configure(&record)
        content.cases.upsert(id: id, record)
    }

    func run() -> SnapshotSet { IndicatorEngine(content: content).run() }
}

func month(_ text: String) -> Month {
    let parts = text.split(separator: "-").map { Int($0)! }
    return Month(year: parts[0], month: parts[1])
}

extension CaseRecord {
    mutating func accept(_ text: String, extended: Bool = false) {
        acceptance = .accepted
        accepted = day(text)
        isExtended = extended
    }
    mutating func reject(_ text: String) {
        acceptance = .rejected
        accepted = day(text)
    }
    mutating func close(_ text: String, resolved: Bool = false) {
        closed = day(text)
        isResolved = resolved
    }
    mutating func rate(_ rating: Rating, on text: String) {
        self.rating = rating
        rated = day(text)
    }
}

extension SnapshotSet {
    /// The figure for scope `all`; traps when the month has no snapshot.
    func all(_ indicator: Indicator, _ period: Period = .month, in m: String) -> Figure {
        figure(indicator, period: period, scope: scopes.all, month: month(m))!
    }
    func unit(_ index: Int, _ indicator: Indicator, _ period: Period = .month, in m: String) -> Figure {
        figure(indicator, period: period, scope: scopes.units[1 + index], month: month(m))!
    }
    func domain(_ index: Int, _ indicator: Indicator, _ period: Period = .month, in m: String) -> Figure {
        figure(indicator, period: period, scope: scopes.domains[1 + scopes.unitCount + index], month: month(m))!
    }
}
