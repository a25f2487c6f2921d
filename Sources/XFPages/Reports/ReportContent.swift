import XFDocuments
import XFIndicators
import XFSettings
import XFVocabulary

/// Everything a period report says, shared by its page and its Word file.
struct ReportContent {
    let figures: PeriodFigures
    let title: String
    let paragraphs: [ReportParagraph]
    let tables: [DataTable]
    let organisation: String

    init(_ figures: PeriodFigures, settings: SiteSettings) {
        self.figures = figures
        let scopes = figures.set.scopes
        let towns = scopes.units.filter { $0.unitKind == .town }
        let departments = scopes.units.filter { $0.unitKind == .department }
        title = DocumentNames.report(figures.period, region: settings.region)
        organisation = settings.organisation
        paragraphs = ReportParagraphs.all(figures, scopes.all, region: settings.region, towns: Array(towns))
        var tables = [ReportTables.byPart(figures)]
        if !towns.isEmpty { tables.append(ReportTables.byUnit(figures, Array(towns), title: "各镇街")) }
        if !departments.isEmpty { tables.append(ReportTables.byUnit(figures, Array(departments), title: "各部门")) }
        self.tables = tables
    }

    static let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// The Word file: 公文 layout, one 二级标题 per theme with the exact figures
    /// (the page offers the idiom variant beside them), the tables, the source
    /// note, and the end block dated the as-of date.
    var document: Document {
        var blocks: [Document.Block] = [.heading1("一、主要数据")]
        for (index, paragraph) in paragraphs.enumerated() {
            blocks.append(.heading2("（\(Self.numerals[index % 10])）\(paragraph.heading)"))
            blocks.append(.paragraph(paragraph.text))
        }
        blocks.append(.heading1("二、分季度和分单位数据"))
        blocks += tables.map { .table(ReportTables.document($0)) }
        blocks.append(.note("说明：" + figures.sourceNote + "比率保留一位小数；“—”表示无可比数据。"))
        return Document(title: title, subtitle: figures.isToDate ? "（数据截至\(PeriodFigures.date(figures.asOf))）" : nil,
                        blocks: blocks, organisation: organisation, date: PeriodFigures.date(figures.asOf))
    }
}
