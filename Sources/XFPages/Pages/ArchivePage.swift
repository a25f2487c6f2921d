import XFIndicators

/// `archive.html`: every month, newest first, with its key figures; rates carry
/// their target band as colour, shape glyph and words.
struct ArchivePageModel: Encodable {
    var root: String
    var chrome: PageChrome
    var columns: [String]
    var rows: [TableRow]
    /// The period reports, newest year first.
    var reports: [ReportYearLinks]
}

/// One year's period reports as links: 全年, 上半年 … 第四季度.
struct ReportYearLinks: Encodable {
    var year: String
    var links: [NavLink]

    /// Every year with data, newest first, linked from a page at `root`.
    static func all(_ site: SiteFacts, root: String) -> [ReportYearLinks] {
        var years: [ReportYearLinks] = []
        for period in ReportPeriod.all(covering: site.set.months) {
            let link = NavLink(label: period.kind == .year ? "全年" : period.shortChinese, href: root + SitePaths.report(period),
                               current: false)
            if years.last?.year == "\(period.year)年" { years[years.count - 1].links.append(link) }
            else { years.append(ReportYearLinks(year: "\(period.year)年", links: [link])) }
        }
        return years.reversed()
    }
}

enum ArchivePage {
    static let indicators: [Indicator] = [
        .cases, .timelyAcceptance, .ontimeClosing, .satisfaction, .oneTimeResolution, .repeatShare, .overdueOpen, .overdueUnaccepted,
    ]

    static func write(_ site: SiteFacts, to sink: PageSink) throws {
        let path = SitePaths.archive
        let root = SitePaths.root(of: path)
        let all = site.set.scopes.all
        let rows = site.set.snapshots.reversed().map { snapshot in
            let views = FigureViews(set: site.set, snapshot: snapshot)
            return TableRow(head: snapshot.month.chinese + (snapshot.isPartial ? "（截至\(snapshot.asOf.components.day)日）" : ""),
                            href: root + SitePaths.snapshot(snapshot.month),
                            cells: indicators.map { TableCell(text: views.shown($0, all), band: views.band($0, all)) })
        }
        let model = ArchivePageModel(root: root, chrome: site.chrome.chrome(path: path, title: "月份归档", section: .archive),
                                     columns: indicators.map { FigureViews.shortLabel($0) }, rows: rows,
                                     reports: ReportYearLinks.all(site, root: root))
        try site.write("archive", model, path: path, to: sink)
    }
}
