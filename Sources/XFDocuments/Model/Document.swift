/// What a document says, independent of Word: a title, blocks in order, and the
/// end block with the issuing organisation and the date. The writer decides the
/// layout (GB/T 9704-2012 for reports, the 简报 masthead for briefs).
public struct Document: Sendable, Equatable {
    public enum Form: Sendable, Equatable {
        /// 公文 layout: title, body, issuing organisation and date at the end.
        case official
        /// 简报: red masthead with the bulletin's name and issue number, then
        /// 编发单位 and date above a red rule.
        case bulletin(Masthead)
    }

    public enum Block: Sendable, Equatable {
        /// 一级标题 (黑体), text including its number: "一、信访总量".
        case heading1(String)
        /// 二级标题 (楷体), "（一）及时受理".
        case heading2(String)
        /// Body paragraph, first line indented two characters.
        case paragraph(String)
        /// A note in the body font, not indented (数据来源、口径说明).
        case note(String)
        case table(Table)
    }

    public var form: Form
    public var title: String
    /// Optional line under the title (数据截至…), centred, in the body font.
    public var subtitle: String?
    public var blocks: [Block]
    /// 发文机关署名 and 成文日期 (already written out: "2024年12月31日").
    public var organisation: String
    public var date: String
    /// The document's compact variant: body in 4号 instead of 3号 so a one-page
    /// brief with its table stays on one sheet (see docs/DOCUMENTS.md).
    public var compact: Bool

    public init(form: Form = .official, title: String, subtitle: String? = nil, blocks: [Block],
                organisation: String, date: String, compact: Bool = false) {
        self.form = form
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
        self.organisation = organisation
        self.date = date
        self.compact = compact
    }
}

/// The 简报 masthead: 信访工作简报 / 第11期 / 编发单位 … date.
public struct Masthead: Sendable, Equatable {
    public var name: String
    public var issue: String
    public var publisher: String
    public var date: String

    public init(name: String, issue: String, publisher: String, date: String) {
        self.name = name
        self.issue = issue
        self.publisher = publisher
        self.date = date
    }
}

/// A table with one header row; the first column names the row (单位、季度).
public struct Table: Sendable, Equatable {
    public var caption: String?
    public var header: [String]
    public var rows: [[String]]

    public init(caption: String? = nil, header: [String], rows: [[String]]) {
        self.caption = caption
        self.header = header
        self.rows = rows
    }
}
