import XFTemplates

/// `downloads.html`: each snapshot's indicators.csv (opens in Excel) and .json.
struct DownloadsPage: DashboardPage {
    static let template = "downloads"
    let data: DashboardData
    let path = SitePaths.downloads

    func model() -> TemplateValue {
        let root = self.root
        let rows = data.set.months.reversed().map { month in
            DownloadRow(month: month.chinese, href: root + SitePaths.snapshot(month),
                        csv: root + SitePaths.csv(month), json: root + SitePaths.json(month))
        }
        return PageModel.make(data.chrome.chrome(path: path, title: "数据下载", section: .downloads), ["rows": rows])
    }
}

struct DownloadRow: TemplateModel {
    var month, href, csv, json: String

    static let fields = TemplateFields<DownloadRow>(.field("month", \.month), .field("href", \.href), .field("csv", \.csv), .field("json", \.json))
}
