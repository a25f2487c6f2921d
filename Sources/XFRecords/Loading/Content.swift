import XFCalendar
import XFSettings
import XFSource

/// Everything read from a content folder, validated and merged: the input of
/// every later stage. Personal data never reaches this type.
public struct Content: Sendable {
    public var settings: SiteSettings
    public var units: [Unit]
    public var domains: [Domain]
    public var cases: CaseStore
    public var receptions: [Reception]
    public var activities: [Activity]
    /// The data cut-off C: the settings' override, or the latest date in any table.
    public var cutoff: CivilDate?
    public var report: LoadReport

    public init(settings: SiteSettings = SiteSettings(), units: [Unit] = [], domains: [Domain] = Domain.defaults,
                cases: CaseStore = CaseStore(), receptions: [Reception] = [], activities: [Activity] = [],
                cutoff: CivilDate? = nil, report: LoadReport = LoadReport()) {
        self.settings = settings
        self.units = units
        self.domains = domains
        self.cases = cases
        self.receptions = receptions
        self.activities = activities
        self.cutoff = cutoff
        self.report = report
    }
}
