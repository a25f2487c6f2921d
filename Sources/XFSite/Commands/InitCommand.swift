import Foundation
import XFBuiltin
import XFRecords
import XFTable

/// `xfsite init DIR`: a new bureau's content folder, ready for `check` and
/// `build`: a commented `site.toml`, `units.csv` and `domains.csv` with their
/// headers (the default domains filled in), `cases/`, `receptions/` and
/// `publicity/` each with one blank table that has the canonical headers (an
/// `.xlsx` workbook with drop-down lists and date cells: one, not a CSV beside
/// it, so that a clerk never fills two and wonders which counts), and the
/// seven guides. Writes only into a folder that does not exist or is empty.
enum InitCommand: Subcommand {
    static let name = "init"
    static let abstract = "新建内容文件夹：站点设置、单位和领域表、三张空白表格和七张导引图"
    static let options = [
        OptionSpec(name: "output", valueName: "文件夹", help: "新内容文件夹（必须不存在或为空；也可直接写在 init 后面）",
                   defaultValue: "content"),
    ]

    /// `xfsite init DIR` as well as `xfsite init --output DIR`.
    static func arguments(_ words: [String]) -> [String] {
        if let first = words.first, !first.hasPrefix("-") { return ["--output", first] + words.dropFirst() }
        return words
    }

    static func run(_ arguments: Arguments, console: Console) -> ExitCode {
        let folder = URL(fileURLWithPath: arguments.value("output") ?? "content")
        guard FreshFolder.write(console: console, into: folder, starterFiles) != nil else { return .usage }
        console.out("""
        已建立内容文件夹：\(folder.path)
        下一步：
          1. 修改 site.toml 中的标题、地区名称和发布单位；
          2. 在 units.csv 中列出本地的镇街和部门（名称与信访事项表中的“责任单位”一致）；
          3. 把信访系统导出的信访事项表（CSV）放进 cases/，领导接访、普法宣传记录放进 receptions/、publicity/
             （各文件夹中的“模板”工作簿只有表头，带下拉列表，可以照着填，也可以删掉；
             填入 units.csv 后可用 xfsite templates --tables --content \(folder.path) 生成带单位列表的模板）；
          4. xfsite check --content \(folder.path)   检查数据
          5. xfsite build --content \(folder.path) --output site   生成网站
        各表的列和填写规则见 docs/DATA.md。
        """)
        return .success
    }

    static func starterFiles() throws -> [(path: String, bytes: [UInt8])] {
        var files: [(path: String, bytes: [UInt8])] = [("site.toml", Array(siteSettings.utf8))]
        files.append(("units.csv", table(TableSchema.units, rows: [])))
        files.append(("domains.csv", table(TableSchema.domains, rows: Domain.defaults.map { [$0.name, $0.isKey ? "是" : "否"] })))
        // The blank tables as workbooks, with drop-down lists (no units known yet: 责任单位 is free text).
        files += try BlankWorkbooks.files(units: [], domains: Domain.defaults)
        files += BuiltinFiles.guides.map { ("guides/\($0.path)", $0.bytes) }
        return files
    }

    /// The canonical headers, with a byte order mark so Excel opens it as UTF-8.
    static func table(_ schema: TableSchema, rows: [[String]]) -> [UInt8] {
        var writer = CSVWriter(lineEnd: .crlf, byteOrderMark: true)
        writer.writeRow(schema.columns.map(\.name))
        for row in rows { writer.writeRow(row) }
        return writer.bytes
    }

    static let siteSettings = """
    # 站点设置（site.toml）
    # 以 # 开头的是说明文字，不影响设置。每一项都可以删掉，删掉后使用默认值。
    # 文字要加英文双引号 "…"；日期写成 2025-10-15，不加引号；目标值写成小数（95% 写成 0.95）。
    # 详细说明见 docs/SETTINGS.md。

    # 每个页面顶部显示的标题（请改为本地名称）
    title = "信访工作数据看板"

    # 本地区名称：指标中“全区”一行显示这个名字（请改为本地名称，如“某某县”）
    region = "本区"

    # 发布单位（请改为本局名称）
    organisation = "本区信访局"

    # 数据截止日期。不写时，取所有数据表中最晚的日期。
    # 月中出数时请写上，例如只统计到 10 月 15 日：
    # cutoff = 2025-10-15

    # 网站正式地址（内网地址或子路径），不需要时不写
    # base_url = "http://10.0.0.8/xinfang/"

    # 本局对外公布的电话（如信访接待电话），多个用逗号分开。
    # 发布前会检查网站中有没有身份证号和电话号码，这里列出的号码可以通过。
    # allowed_numbers = "0000-12345678"

    # ---------------- 目标值（绿、黄、红三档） ----------------
    # 不写时使用默认目标值（见 docs/SETTINGS.md）。例如及时受理率 ≥95% 绿色，≥90% 黄色：
    # [targets.timely_acceptance]
    # green = 0.95
    # yellow = 0.90
    # direction = "higher"

    """
}
