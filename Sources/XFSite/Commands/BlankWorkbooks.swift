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

    /// What each column takes, from its schema column's `ColumnValue` (one home with the loader).
    static func column(for spec: ColumnSpec, units: [Unit], domains: [Domain]) -> TemplateWorkbook.Column {
        let kind: TemplateWorkbook.Kind
        var hint: String?
        switch spec.value {
        case .text: kind = .text
        case .date: kind = .date
        case .integer(let minimum): kind = .integer(minimum: minimum)
        case .boolean: kind = .choice(Vocabulary.booleans.labels)
        case .choice(let labels): kind = .choice(labels)
        case .domain: kind = domains.isEmpty ? .text : .choice(domains.map(\.name))
        case .unit(let townsOnly):
            let names = units.filter { !townsOnly || $0.kind == .town }.map(\.name)
            kind = names.isEmpty ? .text : .choice(names)
            if names.isEmpty { hint = townsOnly ? "填写 units.csv 中列出的镇街名称" : "填写 units.csv 中列出的单位名称" }
        }
        if spec.isIdentifier { hint = "信访系统中的件号，原样填写（不会变成科学计数法）" }
        return TemplateWorkbook.Column(name: spec.name, width: width(spec, kind), kind: kind, hint: hint)
    }

    /// Wide enough for the header and a typical value, in Excel's character units
    /// (a CJK character counts two).
    static func width(_ spec: ColumnSpec, _ kind: TemplateWorkbook.Kind) -> Double {
        let name = spec.name
        let header = Double(name.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E7F ? 2 : 1) }) + 2
        switch kind {
        case .date: return max(header, 12)
        case .integer: return max(header, 8)
        case .choice(let values):
            let widest = values.map { Double($0.unicodeScalars.count * 2) }.max() ?? 0
            return max(header, min(widest + 4, 30))
        case .text: return spec.isIdentifier ? 22 : max(header, name == "活动名称" || name == "地点" ? 24 : 14)
        }
    }
}
