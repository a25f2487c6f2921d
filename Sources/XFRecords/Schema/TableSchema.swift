/// A column of DATA.md: its canonical Chinese name, the aliases exports use, and
/// whether a file without it is refused.
public struct ColumnSpec: Sendable, Hashable {
    public let name: String
    public let aliases: [String]
    public let isRequired: Bool
    /// A case number: in a workbook a numeric cell here must be a whole number.
    public let isIdentifier: Bool

    init(_ name: String, _ aliases: [String] = [], required: Bool = false, identifier: Bool = false) {
        self.name = name
        self.aliases = aliases
        isRequired = required
        isIdentifier = identifier
    }
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
