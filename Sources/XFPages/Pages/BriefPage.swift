import XFIndicators

/// `snapshots/YYYY-MM/brief.html`: the monthly brief (月报) that prints on one A4
/// page: the key figures as sentences, then a compact table of them.
struct BriefPageModel: Encodable {
    var root: String
    var chrome: PageChrome
    var title: String
    var organisation: String
    var asOfNote: String
    var sentences: [String]
    var rows: [BriefRow]
    var attention: String
    var backHref: String
    /// 同比 / 环比, or 同比（同期） / 环比（同期） for a partial month.
    var yearOnYearHead: String
    var monthOnMonthHead: String
    var minDenominator: Int
}

struct BriefRow: Encodable {
    var label: String
    var month: String
    var ytd: String
    var yearOnYear: String
    var monthOnMonth: String
    var band: BandCue?
    var rule: RuleView?
}

enum BriefPage {
    static let tableIndicators: [Indicator] = [
        .cases, .persons, .visits, .online, .timelyAcceptance, .ontimeClosing, .satisfaction, .oneTimeResolution,
        .overdueOpen, .overdueUnaccepted, .receptionSessions, .publicityEvents,
    ]

    static func write(_ context: SnapshotContext, to sink: PageSink) throws {
        let site = context.site
        let month = context.month
        let path = SitePaths.brief(month)
        let root = SitePaths.root(of: path)
        let views = context.views
        let all = site.set.scopes.all
        let rows = tableIndicators.map { indicator in
            BriefRow(label: FigureViews.shortLabel(indicator) + (indicator.isRate ? "" : "（\(indicator.unit)）"),
                     month: views.shown(indicator, all),
                     ytd: indicator.family == .caseStock ? "—" : views.shown(indicator, all, .ytd),
                     yearOnYear: views.change(indicator, all, .month, .sameMonthLastYear).map { $0.glyph + $0.text } ?? "—",
                     monthOnMonth: views.change(indicator, all, .month, .previousMonth).map { $0.glyph + $0.text } ?? "—",
                     band: views.band(indicator, all), rule: views.rule(indicator, all))
        }
        let worst = SnapshotPage.teaser(context, root: root).worst
        let model = BriefPageModel(
            root: root,
            chrome: site.chrome.chrome(path: path, title: "\(month.chinese)信访工作月报", section: .snapshot, month: month,
                                       tab: .brief, bodyClass: "page-brief"),
            title: "\(site.content.settings.region)\(month.chinese)信访工作月报",
            organisation: site.content.settings.organisation,
            asOfNote: "数据截至\(ChromeFactory.chineseDate(context.snapshot.asOf))" + (context.snapshot.isPartial ? "（本月数据不完整）" : ""),
            sentences: BriefSentences.all(views, all),
            rows: rows,
            attention: worst.isEmpty ? "本月无超期信访事项。" : "超期事项较多的单位：" + worst.joined(separator: "、") + "，请督促办理。",
            backHref: root + SitePaths.snapshot(month),
            yearOnYearHead: "同比" + (context.snapshot.isPartial ? "（同期）" : ""),
            monthOnMonthHead: "环比" + (context.snapshot.isPartial ? "（同期）" : ""),
            minDenominator: site.set.minDenominator)
        try site.write("brief", model, path: path, to: sink)
    }
}
