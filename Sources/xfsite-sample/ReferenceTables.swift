/// units.csv, domains.csv and the README that explains the sample.
enum ReferenceTables {
    static func units(_ catalog: Catalog) -> ByteBuffer {
        var out = ByteBuffer()
        out.append("名称,类型,简称\n")
        for unit in catalog.units {
            out.append(field: unit.name); out.append(unit.isDepartment ? ",部门," : ",镇街,")
            out.append(field: unit.short); out.append("\n")
        }
        return out
    }

    static func domains(_ catalog: Catalog) -> ByteBuffer {
        var out = ByteBuffer()
        out.append("名称,重点领域\n")
        for domain in catalog.domains {
            out.append(field: domain.name); out.append(domain.isKey ? ",是\n" : ",否\n")
        }
        return out
    }

    static func readme(profile: Profile, firstExport: String, lastExport: String) -> ByteBuffer {
        // Names of the exports that ExportStyle.sample(index:) makes messy.
        let firstMonth = Calendar.monthIndex(profile.start)
        func export(_ index: Int) -> String { "`" + CaseExporter.fileName(year: (firstMonth + index) / 12, month: (firstMonth + index) % 12 + 1) + "`" }
        var out = ByteBuffer()
        out.append("""
        # 示例数据（示例区信访局）

        本目录下的数据全部是虚构的，由 `xfsite-sample` 按固定随机种子生成，用于演示和测试。
        单位名称、人名（张某某）、电话（138****0000）、身份证号（000000…）均为虚构，与任何真实地区和个人无关。

        | 文件 | 内容 |
        |---|---|
        | `units.csv` | 责任单位：\(profile.catalog.townIndices.count) 个镇街、\(profile.catalog.departmentIndices.count) 个部门（名称、类型、简称） |
        | `domains.csv` | 问题领域：12 个，其中 6 个重点领域 |
        | `cases/*.csv` | 信访事项月度导出 `\(firstExport)` … `\(lastExport)`：每个文件含当月登记的事项，以及当月受理、办结、评价、复查复核等状态有变化的以前事项；同一编号以文件名排序靠后的文件为准 |
        | `receptions/领导接访.csv` | 区领导坐班接访记录（日期、接访领导、批次、人次、交办件数、责任单位） |
        | `publicity/普法宣传.csv` | 普法宣传和培训活动（集中宣传、进村入户、媒体宣传、培训） |

        导出文件有意保留真实导出的“杂乱”：有的为 GB18030 编码（Excel 另存的 CSV）、CRLF 换行、带 BOM，
        列名用别名、列顺序不同，日期写法多样（`2024/5/1`、`2024年5月1日`、`20240501`、全角数字等），
        还含信访人、联系电话、身份证号、住址、诉求内容等个人信息列。例如 \(export(4)) 和 \(export(14)) 是 GB18030 编码、
        CRLF 换行、别名列名和同义词，\(export(8)) 带 BOM，\(export(10)) 的诉求内容含逗号、引号和换行。这些都是合法输入，`xfsite check` 应当无错误；
        个人信息列只被跳过，不会出现在生成的网站里。

        数据截至 \(Calendar.civil(profile.cutoff).year) 年 \(Calendar.civil(profile.cutoff).month) 月 \(Calendar.civil(profile.cutoff).day) 日。

        ## 重新生成

        ```
        swift run xfsite-sample                 # 写入 content/（可加 --output 目录、--seed 种子）
        swift run -c release xfsite-sample --large --output /tmp/big   # 100 万件的性能测试数据
        ```

        生成器只覆盖上表中的文件，不删除任何文件（`guides/` 等目录不受影响）。同一种子两次生成的文件逐字节相同。

        """)
        return out
    }
}
