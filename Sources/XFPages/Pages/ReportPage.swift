import XFDocuments
import XFIndicators
import XFSettings
import XFTemplates

/// What the report pages read, and how their models (declared `TemplateModel`s,
/// as on every dashboard page) are rendered through the template set.
struct ReportSite: Sendable {
    let data: DashboardData
    let templates: TemplateSet

    var set: SnapshotSet { data.set }
    var settings: SiteSettings { data.facts.settings }
    var chrome: ChromeFactory { data.chrome }

    func write(_ template: String, _ model: some TemplateModel, path: String, to sink: PageSink) throws {
        try sink.write(SitePaths.output(path), templates.renderBytes(template, model.templateValue))
    }
}

/// `reports/<id>/index.html`: a period report's data section, one paragraph per
/// theme ready to paste (with the idiom variant where it applies), its tables,
/// where the numbers come from, and the Word file and data files beside it.
struct ReportPageModel: TemplateModel {
    var root: String
    var chrome: PageChrome
    var title: String
    var isToDate: Bool
    var statusNote: String
    var sourceNote: String
    var documentHref: String
    var documentName: String
    var csvHref: String
    var jsonHref: String
    var paragraphs: [ReportParagraph]
    var tables: [DataTable]
    var related: [NavLink]

    static let fields = TemplateFields<ReportPageModel>(
        .field("root", \.root), .field("chrome", \.chrome), .field("title", \.title), .field("isToDate", \.isToDate),
        .field("statusNote", \.statusNote), .field("sourceNote", \.sourceNote), .field("documentHref", \.documentHref),
        .field("documentName", \.documentName), .field("csvHref", \.csvHref), .field("jsonHref", \.jsonHref),
        .field("paragraphs", \.paragraphs), .field("tables", \.tables), .field("related", \.related))
}

enum ReportPage {
    static func write(_ site: ReportSite, _ content: ReportContent, periods: [ReportPeriod], to sink: PageSink) throws {
        let period = content.figures.period
        let path = SitePaths.report(period)
        let root = SitePaths.root(of: path)
        let f = content.figures
        let related = periods.filter { $0.year == period.year }.map {
            NavLink(label: $0.kind == .year ? "全年" : $0.shortChinese, href: root + SitePaths.report($0), current: $0 == period)
        }
        let model = ReportPageModel(
            root: root,
            chrome: site.chrome.chrome(path: path, title: f.period.chinese + "报告", section: .reports, bodyClass: "page-report"),
            title: content.title,
            isToDate: f.isToDate,
            statusNote: f.isToDate ? "本期尚未结束：数字为截至\(PeriodFigures.date(f.asOf))的情况。" : "",
            sourceNote: f.sourceNote,
            documentHref: root + SitePaths.reportDocument(period),
            documentName: content.title + ".docx",
            csvHref: root + SitePaths.reportCSV(period),
            jsonHref: root + SitePaths.reportJSON(period),
            paragraphs: content.paragraphs,
            tables: content.tables,
            related: related)
        try site.write("report", model, path: path, to: sink)
    }

    /// The page, the Word file and the data files of every period; returns the files written.
    static func writeAll(_ site: ReportSite, to sink: PageSink) throws -> Int {
        let periods = ReportPeriod.all(covering: site.set.months)
        var files = 0
        var contents: [ReportContent] = []
        // Periods are independent: made on all cores, written in period order.
        try ParallelBatches.run(count: periods.count, work: { index in
            Result { () throws -> (content: ReportContent, files: [(path: String, bytes: [UInt8])])? in
                let buffer = BufferSink()
                guard let content = try periodFiles(periods[index], site, periods: periods, to: buffer) else { return nil }
                return (content, buffer.files)
            }
        }, deliver: { _, outcome in
            guard let made = try outcome.get() else { return }
            contents.append(made.content)
            for file in made.files { try sink.write(file.path, file.bytes) }
            files += made.files.count
        })
        try ReportsIndexPage.write(site, contents, to: sink)
        return files + 1
    }

    /// One period's page, Word file and data files; nil for a period without figures.
    private static func periodFiles(_ period: ReportPeriod, _ site: ReportSite, periods: [ReportPeriod],
                              to sink: PageSink) throws -> ReportContent? {
        guard let figures = PeriodFigures(set: site.set, period: period) else { return nil }
        let content = ReportContent(figures, settings: site.settings)
        try write(site, content, periods: periods, to: sink)
        try sink.write(SitePaths.output(SitePaths.reportDocument(period)), DocxWriter.bytes(content.document))
        let rows = figures.snapshot.windowRows(period.kind)
        let names: [Period: String] = [.ytd: period.kind.rawValue]
        try sink.write(SitePaths.output(SitePaths.reportCSV(period)), IndicatorTableWriter.csv(rows, periodNames: names))
        try sink.write(SitePaths.output(SitePaths.reportJSON(period)),
                       IndicatorTableWriter.json(figures.snapshot, rows: rows, periodNames: names, report: period.id))
        return content
    }
}

/// `reports/index.html`: every period report, newest year first.
struct ReportsIndexModel: TemplateModel {
    struct Year: TemplateModel {
        var year: String
        var reports: [Entry]

        static let fields = TemplateFields<Year>(.field("year", \.year), .field("reports", \.reports))
    }

    struct Entry: TemplateModel {
        var name, href, documentHref, documentName, status, asOf: String

        static let fields = TemplateFields<Entry>(
            .field("name", \.name), .field("href", \.href), .field("documentHref", \.documentHref),
            .field("documentName", \.documentName), .field("status", \.status), .field("asOf", \.asOf))
    }

    var root: String
    var chrome: PageChrome
    var years: [Year]

    static let fields = TemplateFields<ReportsIndexModel>(.field("root", \.root), .field("chrome", \.chrome), .field("years", \.years))
}

enum ReportsIndexPage {
    static func write(_ site: ReportSite, _ contents: [ReportContent], to sink: PageSink) throws {
        let path = SitePaths.reports
        let root = SitePaths.root(of: path)
        var years: [ReportsIndexModel.Year] = []
        for content in contents.reversed() {
            let f = content.figures
            let entry = ReportsIndexModel.Entry(
                name: f.period.kind == .year ? "全年" : f.period.shortChinese, href: root + SitePaths.report(f.period),
                documentHref: root + SitePaths.reportDocument(f.period), documentName: content.title + ".docx",
                status: f.isToDate ? "进行中" : "", asOf: PeriodFigures.date(f.asOf))
            let year = "\(f.period.year)年"
            if years.last?.year == year { years[years.count - 1].reports.insert(entry, at: 0) }
            else { years.append(ReportsIndexModel.Year(year: year, reports: [entry])) }
        }
        let model = ReportsIndexModel(root: root, chrome: site.chrome.chrome(path: path, title: "期间报告", section: .reports),
                                      years: years)
        try site.write("reports", model, path: path, to: sink)
    }
}
