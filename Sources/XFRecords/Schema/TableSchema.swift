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

/// The columns of one kind of table. Column `k` of a schema is addressed by its
/// position in `columns`, which the loaders name with a nested enum.
public struct TableSchema: Sendable {
    public let title: String
    public let columns: [ColumnSpec]

    public static let units = TableSchema(title: "责任单位", columns: [
        ColumnSpec("名称", ["单位", "name"], required: true),
        ColumnSpec("类型", ["type"]),
        ColumnSpec("简称", ["short"]),
    ])

    public static let domains = TableSchema(title: "问题领域", columns: [
        ColumnSpec("名称", ["领域", "name"], required: true),
        ColumnSpec("重点领域", ["key"]),
    ])

    public static let cases = TableSchema(title: "信访事项", columns: [
        ColumnSpec("信访件编号", ["编号", "件号", "case_id"], required: true, identifier: true),
        ColumnSpec("登记日期", ["信访日期", "来信来访日期", "registered"], required: true),
        ColumnSpec("信访形式", ["渠道", "来源", "channel"], required: true),
        ColumnSpec("人数", ["persons"]),
        ColumnSpec("内容分类", ["类别", "性质", "category"], required: true),
        ColumnSpec("问题领域", ["领域", "domain"], required: true),
        ColumnSpec("责任单位", ["承办单位", "办理单位", "unit"], required: true),
        ColumnSpec("初信初访", ["初次信访", "first_time"]),
        ColumnSpec("重复信访", ["repeat"]),
        ColumnSpec("越级", ["越级访", "bypass"]),
        ColumnSpec("受理情况", ["acceptance"]),
        ColumnSpec("受理日期", ["告知日期", "accepted"]),
        ColumnSpec("延期", ["extended"]),
        ColumnSpec("办结日期", ["答复日期", "closed"]),
        ColumnSpec("处理途径", ["导入途径", "route"]),
        ColumnSpec("是否化解", ["化解", "resolved"]),
        ColumnSpec("评价", ["满意度", "rating"]),
        ColumnSpec("评价日期", ["rated"]),
        ColumnSpec("积案", ["backlog"]),
        ColumnSpec("复查日期", ["review"]),
        ColumnSpec("复核日期", ["re_review"]),
    ])

    public static let receptions = TableSchema(title: "领导接访", columns: [
        ColumnSpec("日期", ["date"], required: true),
        ColumnSpec("接访领导", ["领导", "leader"], required: true),
        ColumnSpec("批次", ["batches"], required: true),
        ColumnSpec("人次", ["persons"], required: true),
        ColumnSpec("交办件数", ["批示交办", "assigned"]),
        ColumnSpec("责任单位", ["unit"]),
    ])

    public static let publicity = TableSchema(title: "普法宣传", columns: [
        ColumnSpec("日期", ["date"], required: true),
        ColumnSpec("活动名称", ["名称", "title"], required: true),
        ColumnSpec("形式", ["type"]),
        ColumnSpec("地点", ["place"]),
        ColumnSpec("镇街", ["责任单位", "unit"]),
        ColumnSpec("参与单位数", ["units"]),
        ColumnSpec("发放资料", ["资料份数", "materials"]),
        ColumnSpec("接受咨询", ["咨询人次", "consultations"]),
        ColumnSpec("展板", ["boards"]),
        ColumnSpec("参训人数", ["trainees"]),
        ColumnSpec("考试人数", ["examinees"]),
        ColumnSpec("合格人数", ["passed"]),
    ])

    /// Column headers that carry personal data in real exports. They are read
    /// past like any unknown column; naming them lets the report say why.
    public static let personalDataHeaders: Set<String> = [
        "信访人", "姓名", "身份证号", "联系电话", "电话号码", "住址", "地址", "诉求内容", "事项摘要", "内容摘要",
    ]
}
