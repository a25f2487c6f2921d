import XFIndicators

/// `archive.html`: every month, newest first, with its key figures; rates carry
/// their target band as colour, shape glyph and words.
struct ArchivePageModel: Encodable {
    var root: String
    var chrome: PageChrome
    var columns: [String]
    var rows: [TableRow]
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
                                     columns: indicators.map { FigureViews.shortLabel($0) }, rows: rows)
        try site.write("archive", model, path: path, to: sink)
    }
}
