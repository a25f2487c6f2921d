import XFCalendar
import XFDocuments
import XFIndicators
import XFSettings

/// The monthly brief as a Word file (`snapshots/YYYY-MM/brief-YYYY-MM.docx`):
/// the same title, sentences and table as the brief page, in the 公文 layout or,
/// with `brief_form = "简报"`, under a 简报 masthead. Compact body so it stays on
/// one A4 page.
enum BriefDocument {
    struct Model {
        var title, organisation, asOfNote: String
        var sentences: [String]
        var attention: String
        var rows: [BriefRow]
    }

    static func document(title: String, organisation: String, asOfNote: String, sentences: [String], attention: String,
                         rows: [BriefRow], month: Month, asOf: CivilDate, form: BriefForm) -> Document {
        let model = Model(title: title, organisation: organisation, asOfNote: asOfNote, sentences: sentences,
                          attention: attention, rows: rows)
        let date = PeriodFigures.date(asOf)
        let table = Table(header: ["指标", "本月", "本年累计", "同比", "环比", "目标"],
                          rows: model.rows.map { [printLabel($0.label), $0.month, $0.ytd, $0.yearOnYearText, $0.monthOnMonthText,
                                                   $0.band.map { $0.glyph + $0.label } ?? "—"] },
                          weights: [6, 3, 3, 6, 6, 3])
        let blocks: [Document.Block] = model.sentences.map { .paragraph($0) } + [.paragraph(model.attention), .table(table),
            .note("注：比率保留一位小数，其同比、环比为百分点差；“—”表示无可比数据。")]
        return form == .official ? official(model, blocks: blocks, date: date) : bulletin(model, month: month, blocks: blocks, date: date)
    }

    /// 超期未办结件数（件） → 超期未办结件数: the unit is dropped where the label already says it.
    static func printLabel(_ label: String) -> String {
        guard label.hasSuffix("）"), let open = label.lastIndex(of: "（") else { return label }
        let unit = label[label.index(after: open) ..< label.index(before: label.endIndex)]
        return label[..<open].suffix(2).contains(unit.first ?? " ") ? String(label[..<open]) : label
    }

    static func official(_ model: Model, blocks: [Document.Block], date: String) -> Document {
        Document(title: model.title, subtitle: model.asOfNote, blocks: blocks, organisation: model.organisation,
                 date: date, compact: true)
    }

    static func bulletin(_ model: Model, month: Month, blocks: [Document.Block], date: String) -> Document {
        let masthead = Masthead(name: "信访工作简报", issue: "\(month.year)年第\(month.month)期",
                                publisher: model.organisation + "编", date: date)
        return Document(form: .bulletin(masthead), title: "\(month.chinese)信访工作情况", subtitle: model.asOfNote,
                        blocks: blocks, organisation: "", date: "", compact: true)
    }
}
