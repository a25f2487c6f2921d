/// How one monthly export is spelled. Real petition-system exports differ from
/// month to month (Excel re-saves, different export templates); every variation
/// here is still valid input under DATA.md.
struct ExportStyle {
    enum Encoding { case utf8, utf8BOM, gb18030 }

    enum Column {
        case caseID, registered, channel, persons, category, domain, unit, firstTime, repeated, bypass
        case acceptance, decided, extended, closed, route, resolved, rating, rated, backlog, review, reReview
        // Columns the builder must read past: row numbers and personal data.
        case rowNumber, petitioner, phone, idNumber, address, content
    }

    var columns: [(Column, String)]
    var encoding = Encoding.utf8
    var crlf = false
    var finalNewline = true
    /// Date cells pick among these forms; one form means a tidy file.
    var dateForms: [DateForm] = [.iso]
    var yes = "是", no = "否"
    /// Share of 信访形式/内容分类 cells spelled with a synonym.
    var synonymRate = 0.0
    /// Leave 人数 empty when it is 1 (its default).
    var omitSinglePerson = false
    /// Share of 诉求内容 cells that span two lines.
    var multilineRate = 0.0
    /// Share of 诉求内容 cells written as a long record of several lines (stress).
    var longTextRate = 0.0

    static let canonical: [(Column, String)] = [
        (.caseID, "信访件编号"), (.registered, "登记日期"), (.channel, "信访形式"), (.persons, "人数"),
        (.category, "内容分类"), (.domain, "问题领域"), (.unit, "责任单位"), (.firstTime, "初信初访"),
        (.repeated, "重复信访"), (.bypass, "越级"), (.acceptance, "受理情况"), (.decided, "受理日期"),
        (.extended, "延期"), (.closed, "办结日期"), (.route, "处理途径"), (.resolved, "是否化解"),
        (.rating, "评价"), (.rated, "评价日期"), (.backlog, "积案"), (.review, "复查日期"), (.reReview, "复核日期"),
    ]

    /// The same columns grouped the way a handling-status report lists them.
    static let statusFirst: [(Column, String)] = [
        (.caseID, "信访件编号"), (.unit, "责任单位"), (.acceptance, "受理情况"), (.decided, "受理日期"),
        (.closed, "办结日期"), (.extended, "延期"), (.resolved, "是否化解"), (.rating, "评价"), (.rated, "评价日期"),
        (.registered, "登记日期"), (.channel, "信访形式"), (.persons, "人数"), (.category, "内容分类"),
        (.domain, "问题领域"), (.route, "处理途径"), (.firstTime, "初信初访"), (.repeated, "重复信访"),
        (.bypass, "越级"), (.backlog, "积案"), (.review, "复查日期"), (.reReview, "复核日期"),
    ]

    /// The petition system's full export: row numbers and the petitioner's data.
    static let systemExport: [(Column, String)] = [
        (.rowNumber, "序号"), (.caseID, "信访件编号"), (.petitioner, "信访人"), (.phone, "联系电话"),
        (.idNumber, "身份证号"), (.address, "住址"), (.registered, "登记日期"), (.channel, "信访形式"),
        (.persons, "人数"), (.category, "内容分类"), (.domain, "问题领域"), (.content, "诉求内容"),
        (.unit, "责任单位"), (.firstTime, "初信初访"), (.repeated, "重复信访"), (.bypass, "越级"),
        (.acceptance, "受理情况"), (.decided, "受理日期"), (.extended, "延期"), (.closed, "办结日期"),
        (.route, "处理途径"), (.resolved, "是否化解"), (.rating, "评价"), (.rated, "评价日期"),
        (.backlog, "积案"), (.review, "复查日期"), (.reReview, "复核日期"),
    ]

    /// An older template, re-saved by Excel: aliases everywhere and padded headers.
    static let legacyAliases: [(Column, String)] = [
        (.caseID, "编号"), (.registered, " 信访日期"), (.channel, "渠道"), (.persons, "人数"),
        (.category, "类别"), (.domain, "领域"), (.unit, "承办单位"), (.petitioner, "姓名"),
        (.phone, "电话号码"), (.firstTime, "初次信访"), (.repeated, "重复信访"), (.bypass, "越级访"),
        (.acceptance, "受理情况"), (.decided, "告知日期"), (.extended, "延期"), (.closed, "答复日期"),
        (.route, "导入途径"), (.resolved, "化解"), (.rating, "满意度"), (.rated, "评价日期"),
        (.backlog, "积案"), (.review, "复查日期"), (.reReview, "复核日期　"), (.content, "事项摘要"),
    ]

    /// Another office's template with the remaining aliases (and English ones).
    static let otherAliases: [(Column, String)] = [
        (.rowNumber, "序号"), (.caseID, "件号"), (.registered, "来信来访日期"), (.channel, "来源"),
        (.category, "性质"), (.persons, "Persons"), (.domain, "问题领域"), (.unit, "办理单位"),
        (.firstTime, "first_time"), (.repeated, "repeat"), (.bypass, "越级"), (.acceptance, "受理情况"),
        (.decided, "受理日期"), (.extended, "extended"), (.closed, "办结日期"), (.route, "处理途径"),
        (.resolved, "是否化解"), (.rating, "评价"), (.rated, "Rated"), (.backlog, "Backlog"),
        (.review, "复查日期"), (.reReview, "复核日期"), (.address, "地址"),
    ]

    /// The look of the sample's export number `index` (0 = first month). Fixed by
    /// index, not drawn, so every kind of mess is guaranteed to be present.
    static func sample(index: Int) -> ExportStyle {
        switch index {
        case 4:
            return ExportStyle(columns: legacyAliases, encoding: .gb18030, crlf: true,
                               dateForms: [.slash, .chinese, .compact, .withTime, .fullWidth, .iso, .dotted],
                               yes: "√", no: "", synonymRate: 0.5, omitSinglePerson: true)
        case 8:
            return ExportStyle(columns: statusFirst, encoding: .utf8BOM, crlf: true, dateForms: [.slash],
                               yes: "Y", no: "N")
        case 14:
            return ExportStyle(columns: otherAliases, encoding: .gb18030, crlf: true, finalNewline: false,
                               dateForms: [.chinese, .slash], yes: "1", no: "0", synonymRate: 0.3)
        case 2, 6, 10, 18, 22:
            return ExportStyle(columns: systemExport, dateForms: index == 18 ? [.withTime] : [.iso],
                               multilineRate: index == 10 ? 0.04 : 0)
        default:
            return ExportStyle(columns: index % 2 == 0 ? canonical : statusFirst)
        }
    }

    /// The stress set: the sample's cycle of messy forms month after month, with
    /// long multi-line 诉求内容 wherever the export carries that column.
    static func stress(index: Int) -> ExportStyle {
        var style = sample(index: index % 24)
        if style.columns.contains(where: { $0.0 == .content }) { style.longTextRate = 0.3 }
        return style
    }

    static func large(index: Int) -> ExportStyle {
        ExportStyle(columns: index % 2 == 0 ? canonical : statusFirst)
    }
}
