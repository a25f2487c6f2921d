import Foundation
import Testing
import XFTestSupport

/// The blank `.xlsx` tables of `init` and `templates --tables` as real programs
/// see them: openpyxl reads the frozen header, the widths, the date formats and a
/// drop-down list on every column with a fixed vocabulary; a row typed into the
/// template reads back as one case; LibreOffice opens it and its round trip keeps
/// the lists and date formats; nothing is written over a user's files.
enum BlankWorkbook {
    static let openpyxl = ExternalTool.pythonModule("openpyxl")
    static let soffice = ExternalTool.find("soffice")

    /// Freeze panes, then per column: letter, header, width, number format, validation.
    static func describe(_ path: String) throws -> String {
        try ExternalTool.run(ExternalTool.python!, ["-c", """
        import sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        sheet = book.worksheets[0]
        print(book.sheetnames, sheet.freeze_panes)
        rules = {}
        for v in sheet.data_validations.dataValidation:
            for r in str(v.sqref).split():
                rules[r.split(":")[0][:-1]] = (v.type or "any", v.formula1 or "")
        for cell in sheet[1]:
            letter = cell.column_letter
            dim = sheet.column_dimensions[letter]
            kind, formula = rules.get(letter, ("-", ""))
            print(letter, cell.value, int(dim.width), dim.number_format, kind, formula)
        """, path]).out
    }
}

@Suite(.enabled(if: xfsiteExecutable != nil && BlankWorkbook.openpyxl, "需要已编译的 xfsite、python3 和 openpyxl"))
struct BlankWorkbookTests {
    let xfsite = xfsiteExecutable!

    @Test func initWritesWorkbooksWithListsDatesAndAFrozenHeader() throws {
        let root = try TemporaryFolder("blank-init")
        defer { root.remove() }
        #expect(try runXfsite(xfsite, ["init", "c"], in: root.url).status == 0)
        let cases = try BlankWorkbook.describe(root.appending("c/cases/模板-信访事项.xlsx").path)
        #expect(cases == """
        ['信访事项'] A2
        A 信访件编号 22 @ any 
        B 登记日期 12 yyyy-mm-dd date 1
        C 信访形式 10 General list "来信,来访,网上,电话"
        D 人数 8 General whole 1
        E 内容分类 12 General list "建议意见,检举控告,申诉求决"
        F 问题领域 22 General list "城乡建设,自然资源,人力资源和社会保障,农业农村,金融,涉法涉诉,教育,卫生健康,民政,生态环境,市场监管,其他"
        G 责任单位 14 @ any 
        H 初信初访 10 General list "是,否"
        I 重复信访 10 General list "是,否"
        J 越级 6 General list "是,否"
        K 受理情况 12 General list "受理,不予受理"
        L 受理日期 12 yyyy-mm-dd date 1
        M 延期 6 General list "是,否"
        N 办结日期 12 yyyy-mm-dd date 1
        O 处理途径 16 General list "信访程序,诉讼,仲裁,行政复议,行政裁决,其他法定途径"
        P 是否化解 10 General list "是,否"
        Q 评价 12 General list "满意,基本满意,不满意"
        R 评价日期 12 yyyy-mm-dd date 1
        S 积案 6 General list "是,否"
        T 复查日期 12 yyyy-mm-dd date 1
        U 复核日期 12 yyyy-mm-dd date 1

        """)
        let receptions = try BlankWorkbook.describe(root.appending("c/receptions/模板-领导接访.xlsx").path)
        #expect(receptions.contains("A 日期 12 yyyy-mm-dd date 1\n"))
        #expect(receptions.contains("C 批次 8 General whole 0\n"))
        let publicity = try BlankWorkbook.describe(root.appending("c/publicity/模板-普法宣传.xlsx").path)
        #expect(publicity.contains("C 形式 12 General list \"集中宣传,进村入户,媒体宣传,培训,其他\"\n"))

        // A row typed into the template (a date cell, a long case number as text) reads back as one case.
        try Data("\u{FEFF}名称,类型\r\n城关镇,镇街\r\n".utf8).write(to: root.appending("c/units.csv"))
        let filled = root.appending("c/cases/2025-01.xlsx").path
        let fill = try ExternalTool.run(ExternalTool.python!, ["-c", """
        import sys, datetime, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        sheet = book.worksheets[0]
        sheet.append(["202501150000123456", datetime.date(2025, 1, 15), "来访", 2, "申诉求决", "城乡建设", "城关镇",
                      "是", "否", "否", "受理", datetime.date(2025, 1, 20)])
        sheet["B2"].number_format = sheet.column_dimensions["B"].number_format
        sheet["L2"].number_format = sheet.column_dimensions["L"].number_format
        book.save(sys.argv[2])
        """, root.appending("c/cases/模板-信访事项.xlsx").path, filled])
        #expect(fill.status == 0, "\(fill.err)")
        let check = try runXfsite(xfsite, ["check", "--content", "c"], in: root.url)
        #expect(check.status == 0, "\(check.out)\(check.err)")
        #expect(check.out.contains("按信访件编号合并后 1 件"), "\(check.out)")
        #expect(!check.out.contains("错误："))
    }

    @Test func tablesTakeUnitsAndDomainsFromTheContentAndNeverOverwrite() throws {
        let root = try TemporaryFolder("blank-tables")
        defer { root.remove() }
        let made = try runXfsite(xfsite, ["templates", "--tables", "--content", Repository.content.path, "--output", "t"], in: root.url)
        #expect(made.status == 0, "\(made.err)")
        #expect(FileTree.paths(under: root.appending("t")) == ["cases/模板-信访事项.xlsx", "publicity/模板-普法宣传.xlsx",
                                                                "receptions/模板-领导接访.xlsx"])
        let cases = try BlankWorkbook.describe(root.appending("t/cases/模板-信访事项.xlsx").path)
        let units = try String(contentsOf: Repository.content.appendingPathComponent("units.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(units.count > 10)
        #expect(cases.contains("G 责任单位 ") && cases.contains(" list \"" + units.joined(separator: ",") + "\"\n"), "\(cases)")

        // A second run into the same, now non-empty, folder writes nothing.
        let before = treeSnapshot(root.url)
        let again = try runXfsite(xfsite, ["templates", "--tables", "--content", Repository.content.path, "--output", "t"], in: root.url)
        #expect(again.status != 0)
        #expect(again.err.contains("已存在且不是空的"))
        #expect(treeSnapshot(root.url) == before)
    }

    /// LibreOffice opens the template; its .xlsx and .xls round trips keep the lists and read as blank tables.
    @Test(.enabled(if: BlankWorkbook.soffice != nil, "需要 LibreOffice（soffice）"))
    func libreOfficeRoundTripKeepsTheLists() throws {
        let root = try TemporaryFolder("blank-libreoffice")
        defer { root.remove() }
        #expect(try runXfsite(xfsite, ["init", "c"], in: root.url).status == 0)
        let template = root.appending("c/cases/模板-信访事项.xlsx").path
        let converted = root.appending("lo")
        for format in ["xlsx", "xls"] {
            let result = try ExternalTool.run(BlankWorkbook.soffice!, ["--headless", "-env:UserInstallation=file://\(root.path)/profile",
                                                                       "--convert-to", format, "--outdir", converted.path, template])
            #expect(result.status == 0, "\(result.err)")
        }
        let roundTrip = try BlankWorkbook.describe(converted.appendingPathComponent("模板-信访事项.xlsx").path)
        // Headless LibreOffice drops every sheet view (frozen panes too, openpyxl's own as well); the rest survives.
        #expect(roundTrip.hasPrefix("['信访事项'] "), "\(roundTrip)")
        #expect(roundTrip.contains("\nC 信访形式 10 General list \"来信,来访,网上,电话\"\n"), "\(roundTrip)")
        #expect(roundTrip.contains("\nB 登记日期 12 yyyy\\-mm\\-dd date 1\n"), "\(roundTrip)")
        #expect(roundTrip.contains("\nQ 评价 12 General list \"满意,基本满意,不满意\"\n"), "\(roundTrip)")
        // The converted books replace the originals in the content folder: still a clean blank table.
        for format in ["xlsx", "xls"] {
            try FileManager.default.copyItem(at: converted.appendingPathComponent("模板-信访事项.\(format)"),
                                             to: root.appending("c/cases/lo-\(format).\(format)"))
        }
        let check = try runXfsite(xfsite, ["check", "--content", "c"], in: root.url)
        #expect(check.status == 0, "\(check.out)\(check.err)")
        #expect(check.out.contains("cases/lo-xls.xls") && check.out.contains("cases/lo-xlsx.xlsx"), "\(check.out)")
        #expect(!check.out.contains("错误："))
    }
}
