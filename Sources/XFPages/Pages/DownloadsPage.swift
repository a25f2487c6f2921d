import XFIndicators
import XFSettings
import XFTemplates

/// `downloads.html`: each snapshot's indicators.csv (opens in Excel) and .json.
struct DownloadsPage: DashboardPage {
    static let template = "downloads"
    let data: DashboardData
    let path = SitePaths.downloads

    func model() -> TemplateValue {
        let root = self.root
        let region = data.facts.settings.region
        let rows = data.set.months.reversed().map { month in
            DownloadRow(month: month.chinese, href: root + SitePaths.snapshot(month),
                        csv: root + SitePaths.csv(month), json: root + SitePaths.json(month),
                        brief: root + SitePaths.briefDocument(month), briefName: DocumentNames.brief(month, region: region) + ".docx")
        }
        let reports = ReportPeriod.all(covering: data.set.months).reversed().map { period in
            ReportDownloadRow(name: period.chinese, href: root + SitePaths.report(period),
                              document: root + SitePaths.reportDocument(period),
                              documentName: DocumentNames.report(period, region: region) + ".docx",
                              csv: root + SitePaths.reportCSV(period), json: root + SitePaths.reportJSON(period))
        }
        return PageModel.make(data.chrome.chrome(path: path, title: "数据下载", section: .downloads),
                              ["rows": rows, "reports": reports])
    }
}

struct DownloadRow: TemplateModel {
    var month, href, csv, json: String
    /// The month's brief as a Word file, and the name it is saved under.
    var brief, briefName: String

    static let fields = TemplateFields<DownloadRow>(.field("month", \.month), .field("href", \.href), .field("csv", \.csv),
                                                    .field("json", \.json), .field("brief", \.brief), .field("briefName", \.briefName))
}

/// A period report's Word file and data files.
struct ReportDownloadRow: TemplateModel {
    var name, href, document, documentName, csv, json: String

    static let fields = TemplateFields<ReportDownloadRow>(
        .field("name", \.name), .field("href", \.href), .field("document", \.document), .field("documentName", \.documentName),
        .field("csv", \.csv), .field("json", \.json))
}
