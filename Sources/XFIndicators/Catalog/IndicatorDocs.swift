/// docs/INDICATORS.md, rendered from the catalogue so the published rules are the
/// words the pages use. A test compares the committed file with this text
/// (re-record: `XF_RECORD_GOLDEN=1 swift test --filter IndicatorDocsTests`).
public enum IndicatorDocs {
    public static func markdown() -> String {
        var out = """
        # 指标口径（Indicator rules）

        <!-- 本文件由 IndicatorCatalog 生成，请勿手工修改。Generated from Sources/XFIndicators/Catalog/IndicatorSpec.swift;
             re-record with `XF_RECORD_GOLDEN=1 swift test --filter IndicatorDocsTests`. -->

        看板上每个指标的“口径与数据”展开后，显示的就是下面的文字，并填入本范围、本期间的分子和分母。
        {期间}在“本月”为当月1日至统计日，在“本年累计”为1月1日至统计日；“统计日”是月末，数据未满一月时为数据截止日。

        ## 通用规则

        - 比率 = 分子 ÷ 分母；分母为0时显示“—”。页面保留一位小数（95.7%），数据文件保留四位小数（0.9573），四舍五入。
        - **样本不足**：分母少于站点设置 `min_denominator`（默认10）的比率显示为“样本不足（分子/分母件）”，不标颜色、不作同比环比、不参加排名，趋势图中画成空心点、不连线。
        - **同比、环比**：数量比较增减百分比，比率比较百分点差。本月数据不完整时按**同期**比较：与上月、去年同月的相同日数相比（上月没有这一天时取上月最后一天，2月29日对应2月28日），各自按当时已知的数据计算，页面标“（同期）”。本年累计只比同比（到去年同一天）。在办、超期等当日状态指标的环比与上月末相比，同比与去年同一天相比。基数为0时不计算增减。
        - **排名**：镇街、部门分别排名；按四位小数的值排，数值相同名次并列，下一名次顺延（1、2、2、4）；并列时分母大的在前，再按单位表顺序。重复信访率越低越好，其余越高越好。样本不足或无数据的单位列在最后、不排名次。名次变化与上月比较：↑2（上升2位）、↓1、持平、新（上月未排名）。

        ## 指标一览

        | 编号 | 指标 | 单位 | 期间 | 方向 | 默认目标（绿/黄） |
        |---|---|---|---|---|---|

        """
        for spec in IndicatorCatalog.specs {
            let periods = spec.family == .caseStock ? "统计日" : "本月、本年累计"
            let direction = spec.higherIsBetter.map { $0 ? "越高越好" : "越低越好" } ?? "—"
            let target = spec.defaultTarget.map { percent($0.green) + " / " + percent($0.yellow) } ?? "—"
            out += "| `\(spec.id)` | \(spec.label) | \(spec.unit) | \(periods) | \(direction) | \(target) |\n"
        }
        out += "\n## 各指标口径\n"
        for spec in IndicatorCatalog.specs {
            out += "\n### \(spec.label)（`\(spec.id)`）\n\n"
            if let denominator = spec.denominatorRule {
                out += "- 分母：\(denominator)\n- 分子：\(spec.numeratorRule)\n"
            } else {
                out += "- 统计：\(spec.numeratorRule)\n"
            }
            if let basis = spec.basis { out += "- 依据：\(basis)\n" }
        }
        return out
    }

    /// 0.95 → `95%`, 0.875 → `87.5%`.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }
}
