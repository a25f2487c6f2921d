import XFCalendar
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

/// What loading did, for the check report and the data-quality page.
public struct LoadReport: Sendable {
    public struct FileRead: Sendable, Equatable {
        /// Path relative to the content folder, with `/` separators.
        public var path: String
        public var encoding: String
        /// Data rows (not counting the header and blank lines).
        public var rows: Int
        /// Header cells the builder does not use, personal-data columns included.
        public var ignoredColumns: [String]
    }

    public var files: [FileRead] = []
    /// Case rows read over all exports, before merging.
    public var caseRowsRead = 0
    /// Rows left out because they had errors (only when the build was told to skip them).
    public var skippedRows: [SourceLocation] = []
    /// Earliest 登记日期 and latest date seen in any table.
    public var earliestRegistration: CivilDate?
    public var latestDate: CivilDate?

    public init() {}
}
