/// `downloads.html`: each snapshot's indicators.csv (opens in Excel) and .json.
struct DownloadsPageModel: Encodable {
    var root: String
    var chrome: PageChrome
    var rows: [DownloadRow]
}

struct DownloadRow: Encodable {
    var month: String
    var href: String
    var csv: String
    var json: String
}

enum DownloadsPage {
    static func write(_ site: SiteFacts, to sink: PageSink) throws {
        let path = SitePaths.downloads
        let root = SitePaths.root(of: path)
        let rows = site.set.months.reversed().map { month in
            DownloadRow(month: month.chinese, href: root + SitePaths.snapshot(month),
                        csv: root + SitePaths.csv(month), json: root + SitePaths.json(month))
        }
        let model = DownloadsPageModel(root: root, chrome: site.chrome.chrome(path: path, title: "数据下载", section: .downloads),
                                       rows: rows)
        try site.write("downloads", model, path: path, to: sink)
    }
}
