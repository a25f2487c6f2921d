import XFIndicators
/// `downloads.html`: each snapshot's indicators.csv (opens in Excel) and .json.
struct DownloadsPageModel: Encodable {
    var root: String
    var chrome: PageChrome
    var rows: [DownloadRow]
    var reports: [ReportDownloadRow]
}

/// A period report's Word file and data files.
struct ReportDownloadRow: Encodable {
    var name: String
    var href: String
    var document: String
    var documentName: String
    var csv: String
    var json: String
}

struct DownloadRow: Encodable {
    var month: String
    var href: String
    var csv: String
    var json: String
    var brief: String
    var briefName: String
}

enum DownloadsPage {
    static func write(_ site: SiteFacts, to sink: PageSink) throws {
        let path = SitePaths.downloads
        let root = SitePaths.root(of: path)
        let rows = site.set.months.reversed().map { month in
            DownloadRow(month: month.chinese, href: root + SitePaths.snapshot(month),
                        csv: root + SitePaths.csv(month), json: root + SitePaths.json(month),
                        brief: root + SitePaths.briefDocument(month),
                        briefName: DocumentNames.brief(month, region: site.content.settings.region) + ".docx")
        }
        let reports = ReportPeriod.all(covering: site.set.months).reversed().map { period in
            ReportDownloadRow(name: period.chinese, href: root + SitePaths.report(period),
                              document: root + SitePaths.reportDocument(period),
                              documentName: DocumentNames.report(period, region: site.content.settings.region) + ".docx",
                              csv: root + SitePaths.reportCSV(period), json: root + SitePaths.reportJSON(period))
        }
        let model = DownloadsPageModel(root: root, chrome: site.chrome.chrome(path: path, title: "数据下载", section: .downloads),
                                       rows: rows, reports: reports)
        try site.write("downloads", model, path: path, to: sink)
    }
}
