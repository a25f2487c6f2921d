import XFCalendar
import XFIndicators
import XFTemplates

/// `archive.html`: every month, newest first, with its key figures; rates carry
/// their target band as colour, shape glyph and words.
struct ArchivePage: DashboardPage {
    static let template = "archive"
    static let indicators: [Indicator] = [
        .cases, .timelyAcceptance, .ontimeClosing, .satisfaction, .oneTimeResolution, .repeatShare, .overdueOpen, .overdueUnaccepted,
    ]
    let data: DashboardData
    let path = SitePaths.archive

    func model() -> TemplateValue {
        let root = self.root
        let all = data.set.scopes.all
        let rows = data.set.snapshots.reversed().map { snapshot in
            let views = FigureViews(set: data.set, snapshot: snapshot)
            return TableRow(head: snapshot.month.chinese + (snapshot.isPartial ? "（截至\(snapshot.asOf.components.day)日）" : ""),
                            href: root + SitePaths.snapshot(snapshot.month),
                            cells: Self.indicators.map { TableCell(text: views.shown($0, all), band: views.band($0, all)) },
                            rule: views.rowRule(Self.indicators, all))
        }
        return PageModel.make(data.chrome.chrome(path: path, title: "月份归档", section: .archive), [
            "columns": Self.indicators.map { FigureViews.shortLabel($0) }, "rows": rows,
            "reports": ReportYearLinks.all(data.set, root: root),
        ])
    }
}

/// One year's period reports as links: 全年, 上半年 … 第四季度.
struct ReportYearLinks: TemplateModel {
    var year: String
    var links: [NavLink]

    static let fields = TemplateFields<ReportYearLinks>(.field("year", \.year), .field("links", \.links))

    /// Every year with data, newest first, linked from a page at `root`.
    static func all(_ set: SnapshotSet, root: String) -> [ReportYearLinks] {
        var years: [ReportYearLinks] = []
        for period in ReportPeriod.all(covering: set.months) {
            let link = NavLink(label: period.kind == .year ? "全年" : period.shortChinese, href: root + SitePaths.report(period),
                               current: false)
            if years.last?.year == "\(period.year)年" { years[years.count - 1].links.append(link) }
            else { years.append(ReportYearLinks(year: "\(period.year)年", links: [link])) }
        }
        return years.reversed()
    }
}
