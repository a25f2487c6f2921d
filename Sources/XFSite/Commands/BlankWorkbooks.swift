import XFRecords
import XFVocabulary
import XFWorkbook

/// The blank tables as `.xlsx` workbooks (`init`, `templates --tables`): every
/// column of the schema in order, with the kind of value its reader accepts, so
/// Excel and WPS refuse an invalid value as it is typed. The closed lists come
/// from `Vocabulary` (one home); units and domains from the content.
enum BlankWorkbooks {
    /// The folder, file name, sheet and schema of each blank table.
    static let tables: [(folder: String, file: String, schema: TableSchema)] = [
        ("cases", "模板-信访事项", .cases),
        ("receptions", "模板-领导接访", .receptions),
        ("publicity", "模板-普法宣传", .publicity),
    ]

    /// The three workbooks, `folder/file.xlsx`; `units` and `domains` fill the
    /// drop-down lists of 责任单位/镇街 and 问题领域 (an empty list leaves the column free).
    static func files(units: [Unit], domains: [Domain]) throws -> [(path: String, bytes: [UInt8])] {
        try tables.map { table in
            let columns = table.schema.columns.map { column(for: $0, units: units, domains: domains) }
            return ("\(table.folder)/\(table.file).xlsx", try TemplateWorkbook.xlsx(sheet: table.schema.title, columns: columns))
        }
    }

    static let yesNo = TemplateWorkbook.Kind.choice(Vocabulary.booleans.labels)

    /// What each column takes, by its canonical name (DATA.md).
    static func column(for spec: ColumnSpec, units: [Unit], domains: [Domain]) -> TemplateWorkbook.Column {
        let unitNames = units.map(\.name)
        let towns = units.filter { $0.kind == .town }.map(\.name)
        let kind: TemplateWorkbook.Kind
        var hint: String?
        switch spec.name {
        case "登记日期", "受理日期", "办结日期", "评价日期", "复查日期", "复核日期", "日期":
            kind = .date
        case "信访形式": kind = .choice(Vocabulary.channels.labels)
        case "内容分类": kind = .choice(Vocabulary.categories.labels)
        case "受理情况": kind = .choice(Vocabulary.acceptances.labels)
        case "处理途径": kind = .choice(Vocabulary.routes.labels)
        case "评价": kind = .choice(Vocabulary.ratings.labels)
        case "形式": kind = .choice(Vocabulary.activityKinds.labels)
        case "初信初访", "重复信访", "越级", "延期", "是否化解", "积案": kind = yesNo
        case "人数": kind = .integer(minimum: 1)
        case "批次", "人次", "交办件数", "参与单位数", "发放资料", "接受咨询", "展板", "参训人数", "考试人数", "合格人数":
            kind = .integer(minimum: 0)
        case "问题领域":
            kind = domains.isEmpty ? .text : .choice(domains.map(\.name))
        case "责任单位":
            kind = unitNames.isEmpty ? .text : .choice(unitNames)
            if unitNames.isEmpty { hint = "填写 units.csv 中列出的单位名称" }
        case "镇街":
            kind = towns.isEmpty ? .text : .choice(towns)
            if towns.isEmpty { hint = "填写 units.csv 中列出的镇街名称" }
        case "信访件编号":
            kind = .text
            hint = "信访系统中的件号，原样填写（不会变成科学计数法）"
        default: kind = .text
        }
        return TemplateWorkbook.Column(name: spec.name, width: width(spec.name, kind), kind: kind, hint: hint)
    }

    /// Wide enough for the header and a typical value, in Excel's character units
    /// (a CJK character counts two).
    static func width(_ name: String, _ kind: TemplateWorkbook.Kind) -> Double {
        let header = Double(name.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E7F ? 2 : 1) }) + 2
        switch kind {
        case .date: return max(header, 12)
        case .integer: return max(header, 8)
        case .choice(let values):
            let widest = values.map { Double($0.unicodeScalars.count * 2) }.max() ?? 0
            return max(header, min(widest + 4, 30))
        case .text: return name == "信访件编号" ? 22 : max(header, name == "活动名称" || name == "地点" ? 24 : 14)
        }
    }
}
