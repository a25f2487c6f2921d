import XFDocuments
import XFIndicators
import XFSettings
import XFTemplates

/// `snapshots/YYYY-MM/brief.html`: the monthly brief (月报) that prints on one A4
/// page: the key figures as sentences, then a compact table of them.
struct BriefPage: DashboardPage {
    static let template = "brief"
    static let tableIndicators: [Indicator] = [
        .cases, .persons, .visits, .online, .timelyAcceptance, .ontimeClosing, .satisfaction, .oneTimeResolution,
        .overdueOpen, .overdueUnaccepted, .receptionSessions, .publicityEvents,
    ]
    let context: SnapshotContext

    var path: String { SitePaths.brief(context.month) }

    func model() -> TemplateValue {
        let root = self.root
        let data = context.data, month = context.month, views = context.views
        let all = data.set.scopes.all
        let rows = self.rows
        let settings = data.facts.settings
        return PageModel.make(
            data.chrome.chrome(path: path, title: "\(month.chinese)信访工作月报", section: .snapshot, month: month,
                               tab: .brief, bodyClass: "page-brief"), [
                "title": title,
                "organisation": settings.organisation,
                "asOfNote": asOfNote,
                "sentences": BriefSentences.all(views, all),
                "rows": rows,
                "attention": attention,
                "backHref": root + SitePaths.snapshot(month),
                // 同比 / 环比, or 同比（同期） / 环比（同期） for a partial month.
                "yearOnYearHead": "同比" + (context.snapshot.isPartial ? "（同期）" : ""),
                "monthOnMonthHead": "环比" + (context.snapshot.isPartial ? "（同期）" : ""),
                "minDenominator": data.set.minDenominator,
                "documentHref": root + SitePaths.briefDocument(month),
                "documentName": DocumentNames.brief(month, region: settings.region) + ".docx",
            ])
    }

    var title: String { "\(context.data.facts.settings.region)\(context.month.chinese)信访工作月报" }

    var asOfNote: String {
        "数据截至\(ChromeFactory.chineseDate(context.snapshot.asOf))" + (context.snapshot.isPartial ? "（本月数据不完整）" : "")
    }

    var attention: String {
        let worst = SnapshotPage.teaser(context, root: root).worst
        return worst.isEmpty ? "本月无超期信访事项。" : "超期事项较多的单位：" + worst.joined(separator: "、") + "，请督促办理。"
    }

    var rows: [BriefRow] {
        let views = context.views, all = context.data.set.scopes.all
        return Self.tableIndicators.map { indicator in
            BriefRow(label: FigureViews.shortLabel(indicator) + (indicator.isRate ? "" : "（\(indicator.unit)）"),
                     month: views.shown(indicator, all),
                     ytd: indicator.family == .caseStock ? "—" : views.shown(indicator, all, .ytd),
                     yearOnYear: views.change(indicator, all, .month, .sameMonthLastYear).map { $0.glyph + $0.text } ?? "—",
                     monthOnMonth: views.change(indicator, all, .month, .previousMonth).map { $0.glyph + $0.text } ?? "—",
                     band: views.band(indicator, all), rule: views.rule(indicator, all),
                     yearOnYearText: views.change(indicator, all, .month, .sameMonthLastYear)?.text ?? "—",
                     monthOnMonthText: views.change(indicator, all, .month, .previousMonth)?.text ?? "—")
        }
    }

    /// The same brief as a Word file (`brief_form`: 公文 or 简报).
    func document() -> Document {
        let settings = context.data.facts.settings
        return BriefDocument.document(title: title, organisation: settings.organisation, asOfNote: asOfNote,
                                      sentences: BriefSentences.all(context.views, context.data.set.scopes.all),
                                      attention: attention, rows: rows, month: context.month, asOf: context.snapshot.asOf,
                                      form: settings.briefForm)
    }
}

/// One line of the brief's table: this month, 本年累计, 同比, 环比 and the band.
struct BriefRow: TemplateModel {
    var label, month, ytd, yearOnYear, monthOnMonth: String
    var band: BandCue?
    var rule: RuleView?
    /// The changes in words only (上升7.3%), for the Word file.
    var yearOnYearText, monthOnMonthText: String

    static let fields = TemplateFields<BriefRow>(
        .field("label", \.label), .field("month", \.month), .field("ytd", \.ytd), .field("yearOnYear", \.yearOnYear),
        .field("monthOnMonth", \.monthOnMonth), .field("band", \.band), .field("rule", \.rule))
}
