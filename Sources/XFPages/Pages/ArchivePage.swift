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
                            cells: Self.indicators.map { TableCell(text: views.shown($0, all), band: views.band($0, all)) })
        }
        return PageModel.make(data.chrome.chrome(path: path, title: "月份归档", section: .archive), [
            "columns": Self.indicators.map { FigureViews.shortLabel($0) }, "rows": rows,
        ])
    }
}
