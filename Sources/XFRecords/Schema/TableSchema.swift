/// A column of DATA.md: its canonical Chinese name, the aliases exports use, and
/// whether a file without it is refused.
public struct ColumnSpec: Sendable, Hashable {
    public let name: String
    public let aliases: [String]
    public let isRequired: Bool
    /// A case number: in a workbook a numeric cell here must be a whole number.
    public let isIdentifier: Bool
    /// What the cells hold, as the loader reads them.
    public let value: ColumnValue

    init(_ name: String, _ aliases: [String] = [], required: Bool = false, identifier: Bool = false, _ value: ColumnValue = .text) {
        self.name = name
        self.aliases = aliases
        isRequired = required
        isIdentifier = identifier
        self.value = value
    }
}

/// What a column's cells hold, as its loader reads them (DATA.md): the one home
/// the blank workbooks take their drop-down lists and date formats from.
public enum ColumnValue: Sendable, Hashable {
    case text
    case date
    /// A whole number not below `minimum`.
    case integer(minimum: Int)
    /// 是/否 (or a synonym).
    case boolean
    /// One of a closed list's canonical labels (`Vocabulary`).
    case choice([String])
    /// A unit of units.csv; only its towns (镇街) when `townsOnly`.
    case unit(townsOnly: Bool)
    /// A domain of domains.csv.
    case domain
}

/// The columns of one kind of table, in the order its column enum declares them.
public struct TableSchema: Sendable {
    public let title: String
    public let columns: [ColumnSpec]

    init<Column: SchemaColumn>(title: String, _: Column.Type) {
        self.title = title
        columns = Column.allCases.map(\.spec)
    }

    public static let units = TableSchema(title: "责任单位", UnitColumn.self)
    public static let domains = TableSchema(title: "问题领域", DomainColumn.self)
    public static let cases = TableSchema(title: "信访事项", CaseColumn.self)
    public static let receptions = TableSchema(title: "领导接访", ReceptionColumn.self)
    public static let publicity = TableSchema(title: "普法宣传", PublicityColumn.self)

    /// Column headers that carry personal data in real exports. They are read
    /// past like any unknown column; naming them lets the report say why.
    public static let personalDataHeaders: Set<String> = [
        "信访人", "姓名", "身份证号", "联系电话", "电话号码", "住址", "地址", "诉求内容", "事项摘要", "内容摘要",
    ]
}
