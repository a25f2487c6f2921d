import XFCalendar
import XFCharts
import XFIndicators
import XFTemplates

/// Turns figures of a `SnapshotSet` into the pieces pages show: texts with units,
/// band cues, 环比/同比 cues and KPI cards. All numbers come from the figures'
/// own display rules, so a page never shows a number the CSV does not hold.
struct FigureViews {
    let set: SnapshotSet
    let snapshot: Snapshot
    /// The snapshot's period, as-of and caution lines, made once for all its rules.
    let rules: RuleWords

    init(set: SnapshotSet, snapshot: Snapshot) {
        self.set = set
        self.snapshot = snapshot
        rules = RuleWords(snapshot)
    }

    var month: Month { snapshot.month }

    func figure(_ indicator: Indicator, _ scope: Scope, _ period: Period = .month) -> Figure? {
        snapshot.figure(indicator, period: period, scope: scope)
    }

    /// `412件`, `95.7%`, `样本不足（7/8件）` or `—`.
    func text(_ indicator: Indicator, _ scope: Scope, _ period: Period = .month) -> String {
        guard let figure = figure(indicator, scope, period) else { return "—" }
        return figure.isRate ? shown(figure, indicator) : figure.displayText + indicator.unit
    }

    /// The figure as a table cell shows it: `412`, `95.7%`, `—`, or for a rate on
    /// too few cases `样本不足（7/8件）` (numerator/denominator), never a percentage.
    func shown(_ indicator: Indicator, _ scope: Scope, _ period: Period = .month) -> String {
        figure(indicator, scope, period).map { shown($0, indicator) } ?? "—"
    }

    func shown(_ figure: Figure, _ indicator: Indicator) -> String {
        Self.shown(figure, indicator, minDenominator: set.minDenominator)
    }

    static func shown(_ figure: Figure, _ indicator: Indicator, minDenominator: Int) -> String {
        guard figure.isSmallSample(minDenominator), let denominator = figure.denominator else { return figure.displayText }
        return "样本不足（\(figure.numerator)/\(denominator)\(indicator.spec.countUnit)）"
    }

    /// The rules of a table row's rates (numerator and denominator with their
    /// numbers) and its period, for the row's `<details>`; legal bases are on the cards.
    func rowRule(_ indicators: [Indicator], _ scope: Scope) -> RuleView? {
        let rules = indicators.filter(\.isRate).compactMap { indicator in
            ruleOf(indicator, scope, .month).map { (indicator, $0) }
        }
        guard let first = rules.first?.1 else { return nil }
        return RuleView(lines: rules.map { indicator, rule in
            Self.shortLabel(indicator) + "：" + rule.counts + (rule.caution == nil ? "" : "（样本不足）")
        } + [first.period, first.asOf])
    }

    /// The rule behind one figure, as the lines of a `<details>`.
    func rule(_ indicator: Indicator, _ scope: Scope, _ period: Period = .month) -> RuleView? {
        ruleOf(indicator, scope, period).map { RuleView(lines: $0.lines) }
    }

    private func ruleOf(_ indicator: Indicator, _ scope: Scope, _ period: Period) -> IndicatorRule? {
        figure(indicator, scope, period).map { rules.rule(for: $0, of: indicator.spec, period: period) }
    }

    func band(_ indicator: Indicator, _ scope: Scope, _ period: Period = .month) -> BandCue? {
        guard let figure = figure(indicator, scope, period), let band = set.band(for: figure, of: indicator) else { return nil }
        return Self.cue(band)
    }

    static func cue(_ band: Target.Band) -> BandCue {
        switch band {
        case .green: BandCue(name: "green", glyph: "●", label: "达标")
        case .yellow: BandCue(name: "yellow", glyph: "▲", label: "预警")
        case .red: BandCue(name: "red", glyph: "■", label: "未达标")
        }
    }

    /// Which way is better: the target's direction, else the catalogue's; nil
    /// (neutral) for plain volumes.
    func higherIsBetter(_ indicator: Indicator) -> Bool? {
        set.target(for: indicator)?.higherIsBetter ?? indicator.spec.higherIsBetter
    }

    func change(_ indicator: Indicator, _ scope: Scope, _ period: Period, _ base: Comparison.Base) -> ChangeView? {
        guard let comparison = snapshot.comparison(indicator, period: period, scope: scope, with: base) else {
            // A count from a zero base has no percent: show the compared count instead.
            guard !indicator.isRate, let compared = snapshot.compared(indicator, period: period, scope: scope, with: base),
                  compared.figure.numerator == 0 else { return nil }
            let label = base.label + (compared.sameDays ? "（同期）" : "")
            let other = base == .previousMonth ? "上月" : "去年同期"
            return ChangeView(base: label, glyph: "", text: "\(other)为0\(indicator.unit)", tone: "neutral")
        }
        let glyph = comparison.tenths > 0 ? "▲" : comparison.tenths < 0 ? "▼" : "―"
        var tone = "neutral"
        if comparison.tenths != 0, let higher = higherIsBetter(indicator) {
            tone = (comparison.tenths > 0) == higher ? "good" : "bad"
        }
        return ChangeView(base: comparison.label, glyph: glyph, text: comparison.text, tone: tone)
    }

    /// `同比上升12.5%`, or "" when not comparable.
    func sentence(_ indicator: Indicator, _ scope: Scope, _ period: Period, _ base: Comparison.Base) -> String {
        snapshot.comparison(indicator, period: period, scope: scope, with: base)?.sentence ?? ""
    }

    func targetText(_ indicator: Indicator) -> String? {
        guard let target = set.target(for: indicator) else { return nil }
        let sign = target.higherIsBetter ? "≥" : "≤"
        return "目标\(sign)" + ValueFormat.percent.reference(target.green)
    }

    func card(_ indicator: Indicator, _ scope: Scope, label: String? = nil, sparkID: String?) -> KPICard {
        let figure = figure(indicator, scope)
        let shown = figure?.displayText ?? "—"
        let isRate = indicator.isRate
        var value = isRate && shown.hasSuffix("%") ? String(shown.dropLast()) : shown
        var unit = isRate ? (shown.hasSuffix("%") ? "%" : "") : indicator.unit
        if let figure, let denominator = figure.denominator, set.isSmallSample(figure) {
            value = "样本不足"
            unit = "（\(figure.numerator)/\(denominator)\(indicator.spec.countUnit)）"
        }
        let changes = [Comparison.Base.previousMonth, .sameMonthLastYear].compactMap { change(indicator, scope, .month, $0) }
        return KPICard(label: label ?? Self.shortLabel(indicator), value: value, unit: unit, band: band(indicator, scope),
                       target: targetText(indicator), changes: changes,
                       spark: sparkID.map { Charts.sparkline(set, indicator, scope, endingAt: month, id: $0) }, href: nil,
                       rule: rule(indicator, scope))
    }

    /// Cards for several indicators with one table of their last 12 months;
    /// sparklines only where no trend chart of the same scope follows.
    func kpis(_ indicators: [Indicator], _ scope: Scope, sparklines: Bool = true) -> KPIBlock {
        let cards = indicators.map { card($0, scope, sparkID: sparklines ? "k-\($0.id)" : nil) }
        let months = set.months.filter { $0 <= month && $0 > month.adding(months: -12) }
        let rows = months.reversed().map { m in
            PlainRow(head: m.chinese, href: nil, cells: indicators.map { indicator in
                set.figure(indicator, period: .month, scope: scope, month: m).map { shown($0, indicator) } ?? "—"
            })
        }
        return KPIBlock(cards: cards, table: DataTable(caption: "关键指标近12个月数值（\(scope.name)）",
                                                        columns: ["月份"] + indicators.map { Self.shortLabel($0) + ($0.isRate ? "" : "（\($0.unit)）") },
                                                        rows: rows))
    }

    /// The label without a trailing unit in brackets: 信访总量（件） → 信访总量.
    static func shortLabel(_ indicator: Indicator) -> String { shortLabels[indicator.order] }

    /// Computed once: every card, table column and chart title asks for one.
    private static let shortLabels: [String] = Indicator.allCases.map { indicator in
        let label = indicator.label
        guard let open = label.firstIndex(of: "（") else { return label }
        return String(label[..<open])
    }
}

/// The legend of the three bands, made from the cues above so the glyphs and
/// words are written once: `legend.cues` for the `band-legend` partial,
/// `legend.text` (`● 达标 ▲ 预警 ■ 未达标`) for captions.
enum BandLegend {
    static let cues: [BandCue] = [Target.Band.green, .yellow, .red].map(FigureViews.cue)
    static let value: TemplateValue = [
        "cues": cues.templateValue, "text": .string(cues.map { "\($0.glyph) \($0.label)" }.joined(separator: " ")),
    ]
}

extension Month {
    /// `2025年11月`.
    var chinese: String { "\(year)年\(month)月" }
    var chartMonth: ChartMonth { ChartMonth(year: year, month: month) }
}
