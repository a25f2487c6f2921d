import XFIndicators
import XFTemplates

/// One piece of a report paragraph: plain words, or a figure marked with the
/// indicator (and the part of it) it shows, so that the page can tag it and a
/// test can trace every number back to indicators.csv. The tags are inline
/// `<span>`s: selecting and pasting the paragraph gives plain text.
struct ReportPiece: TemplateModel, Equatable {
    enum Part: String, Encodable, TemplateRepresentable {
        /// A count, or the displayed rate (95.7%).
        case value
        case numerator, denominator
        /// A 同比 change (上升3.2%).
        case change
        /// A count of units derived from unit rows (宣传材料发放到N个镇街).
        case units
        /// The round-down idiom of the figure (1000余).
        case idiom

        var templateValue: TemplateValue { .string(rawValue) }
    }

    var text: String
    var indicator: String?
    var part: Part?
    /// For an idiom: the exact figure it stands for.
    var exact: Int?

    static let fields = TemplateFields<ReportPiece>(
        .field("text", \.text), .field("indicator", \.indicator), .field("part", \.part), .field("exact", \.exact))
}

/// Builds a paragraph piece by piece.
struct ReportText {
    let figures: PeriodFigures
    let scope: Scope
    /// Write 发放宣传材料 and 接受群众咨询 in the round-down idiom (ReportIdiom).
    var idiom = false
    private(set) var pieces: [ReportPiece] = []
    /// Whether an idiom was written (so the variant is worth showing).
    private(set) var usedIdiom = false

    init(_ figures: PeriodFigures, _ scope: Scope, idiom: Bool = false) {
        self.figures = figures
        self.scope = scope
        self.idiom = idiom
    }

    var plain: String { pieces.map(\.text).joined() }

    mutating func add(_ text: String) {
        if let last = pieces.last, last.indicator == nil, last.part == nil {
            pieces[pieces.count - 1].text += text
        } else {
            pieces.append(ReportPiece(text: text))
        }
    }

    /// A count, or a rate as displayed (暂无数据 for an empty rate).
    mutating func value(_ indicator: Indicator) {
        guard let figure = figures.figure(indicator, scope) else { return add("0") }
        if figure.isRate, figure.value == nil { return add("暂无数据") }
        pieces.append(ReportPiece(text: figures.shown(indicator, scope), indicator: indicator.id, part: .value))
    }

    mutating func numerator(_ indicator: Indicator) {
        pieces.append(ReportPiece(text: String(figures.count(indicator, scope)), indicator: indicator.id, part: .numerator))
    }

    mutating func denominator(_ indicator: Indicator) {
        let denominator = figures.figure(indicator, scope)?.denominator ?? 0
        pieces.append(ReportPiece(text: String(denominator), indicator: indicator.id, part: .denominator))
    }

    /// The exact count, or its idiom when writing the idiom and the rule gives one.
    mutating func loose(_ indicator: Indicator, _ word: ReportIdiom.Word) {
        let exact = figures.count(indicator, scope)
        guard idiom, let text = ReportIdiom.text(exact, word) else { return value(indicator) }
        usedIdiom = true
        pieces.append(ReportPiece(text: text, indicator: indicator.id, part: .idiom, exact: exact))
    }

    mutating func units(_ count: Int, of indicator: Indicator) {
        pieces.append(ReportPiece(text: String(count), indicator: indicator.id, part: .units))
    }

    /// `上升3.2%` / `下降0.5个百分点` / `持平`; false when not comparable.
    @discardableResult
    mutating func change(_ indicator: Indicator) -> Bool {
        guard let comparison = figures.yearOnYear(indicator, scope) else { return false }
        pieces.append(ReportPiece(text: comparison.text, indicator: indicator.id, part: .change))
        return true
    }
}
