import XFRecords
import XFSettings
import XFSource

/// What the pages show of the content besides its figures: the settings, what
/// reading it did, and how many records it kept. Taken from the content here,
/// beside the figures, so that pages never see `Content` or a record.
public struct ContentFacts: Sendable {
    public var settings: SiteSettings
    public var report: LoadReport
    /// Cases after merging (one per 信访件编号).
    public var cases: Int
    public var units: Int
    public var domains: Int
    /// 领导接访 and 普法宣传 records.
    public var receptions: Int
    public var activities: Int

    public init(_ content: Content) {
        settings = content.settings
        report = content.report
        cases = content.cases.count
        units = content.units.count
        domains = content.domains.count
        receptions = content.receptions.count
        activities = content.activities.count
    }
}
