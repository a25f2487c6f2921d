import XFCalendar
import XFIndicators

/// Where each page lives inside `intranet/`, and the `../` prefix that leads back
/// to `intranet/` from it. Every link is `root + path`, so pages at any depth link
/// correctly from `file://` and under any sub-path.
public enum SitePaths {
    public static let intranet = "intranet"
    public static let home = "index.html"
    public static let archive = "archive.html"
    public static let quality = "quality.html"
    public static let downloads = "downloads.html"
    public static let stylesheet = "assets/dashboard.css"

    public static func folder(_ month: Month) -> String { "snapshots/\(month)" }
    public static func snapshot(_ month: Month) -> String { folder(month) + "/index.html" }
    public static func overdue(_ month: Month) -> String { folder(month) + "/overdue.html" }
    public static func brief(_ month: Month) -> String { folder(month) + "/brief.html" }
    public static func unit(_ month: Month, slug: String) -> String { folder(month) + "/units/\(slug).html" }
    public static func domain(_ month: Month, slug: String) -> String { folder(month) + "/domains/\(slug).html" }
    public static func csv(_ month: Month) -> String { folder(month) + "/data/indicators.csv" }
    public static func json(_ month: Month) -> String { folder(month) + "/data/indicators.json" }
    public static func comparisons(_ month: Month) -> String { folder(month) + "/data/comparisons.csv" }
    public static func rankings(_ month: Month) -> String { folder(month) + "/data/rankings.csv" }
    /// Every overdue case of the month (the pages list the most overdue only).
    public static func overdueCSV(_ month: Month) -> String { folder(month) + "/data/overdue.csv" }
    /// Every row skipped for errors, by file and line (the quality page lists the first ones).
    public static let skippedRowsCSV = "data/skipped-rows.csv"

    /// `../` once per folder in `path`: "" for `index.html`, `../../` for `snapshots/M/index.html`.
    public static func root(of path: String) -> String {
        var prefix = ""
        for byte in path.utf8 where byte == UInt8(ascii: "/") { prefix += "../" }
        return prefix
    }

    /// The path the sink writes: inside the intranet folder.
    public static func output(_ path: String) -> String { intranet + "/" + path }

    /// A snapshot's machine-readable figures as the sink writes them (and as the
    /// next build reads them back from the published site).
    public static func indicatorTable(_ month: Month) -> String { output(csv(month)) }
    public static func indicatorJSON(_ month: Month) -> String { output(json(month)) }
    /// The revision log, carried from the published site into the next one.
    public static let revisionLog = output("data/revisions.json")
}

/// The public guidance pages, relative to the site root: beside `intranet/`, so
/// an intranet page links to them as `root + "../" + path`.
extension SitePaths {
    public enum Public {
        public static let folder = "public"
        public static let indexPath = "public/index.html"
        public static let bookletPath = "public/booklet.html"
        static let stylesheetPath = "public/assets/public.css"
        /// A guide's page (`public/guide-01/index.html`).
        public static func guidePath(slug: String) -> String { "\(folder)/\(slug)/index.html" }
    }
}

/// The period reports (`reports/…`) and the Word files.
extension SitePaths {
    public static let reports = "reports/index.html"
    public static func reportFolder(_ period: ReportPeriod) -> String { "reports/\(period.id)" }
    public static func report(_ period: ReportPeriod) -> String { reportFolder(period) + "/index.html" }
    public static func reportDocument(_ period: ReportPeriod) -> String { reportFolder(period) + "/report-\(period.id).docx" }
    public static func reportCSV(_ period: ReportPeriod) -> String { reportFolder(period) + "/data/report.csv" }
    public static func reportJSON(_ period: ReportPeriod) -> String { reportFolder(period) + "/data/report.json" }
    public static func briefDocument(_ month: Month) -> String { folder(month) + "/brief-\(month).docx" }
}

/// The names a downloaded Word file is saved under (the `download` attribute).
enum DocumentNames {
    static func report(_ period: ReportPeriod, region: String) -> String { "\(region)\(period.chinese)信访工作数据报告" }
    static func brief(_ month: Month, region: String) -> String { "\(region)\(month.year)年\(month.month)月信访工作月报" }
}
