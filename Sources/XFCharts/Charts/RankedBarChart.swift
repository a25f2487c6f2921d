import XFText

/// One unit's bar. `href` is a relative URL chosen by the caller; one with a
/// scheme (`javascript:`, `http:`) is refused and the bar is drawn unlinked.
public struct RankedBarItem: Sendable {
    public var label: String
    public var value: Double?
    public var band: Band?
    public var href: String?
    /// The place by the caller's ranking rule (`1`, `2`, `2`, `4`); nil when unranked.
    public var place: String?
    /// Change since last month (`↑2`, `↓1`, `持平`, `新`).
    public var movement: String?
    /// Words shown instead of a value for a unit that has no bar (`样本不足（8件）`).
    public var note: String?

    public init(label: String, value: Double?, band: Band? = nil, href: String? = nil, place: String? = nil,
                movement: String? = nil, note: String? = nil) {
        self.label = label
        self.value = value
        self.band = band
        self.href = href
        self.place = place
        self.movement = movement
        self.note = note
    }
}

public enum RankedBarChart {
    static let width = ChartFrame.standardWidth
    static let rowHeight = 22.0
    static let barHeight = 14.0
    /// Names longer than this many CJK characters are cut with "…" (full name in the tooltip and table).
    static let maxLabelEm = 10.0

    public static func render(_ input: RankedBarInput, idPrefix: String) -> RenderedChart {
        var canvas = ChartCanvas(kind: "ranked", title: input.title, idPrefix: idPrefix, width: width)
        let items = ordered(input)
        let fontSize = ChartFrame.fontSize
        let bands = items.compactMap(\.band)
        let usedBands = Band.allCases.filter { bands.contains($0) }
        let legend = usedBands.map { LegendEntry(sample: .marker($0.marker, color: $0.color), label: $0.label) }
            + (input.target.map { [LegendEntry(sample: .line(color: Palette.ink, dash: Marks.targetDash, marker: nil), label: "目标 " + input.format.reference($0))] } ?? [])
        let legendHeight = canvas.drawLegend(legend)
        let top = legendHeight + 26
        let height = top + max(1, Double(items.count)) * rowHeight + 6
        let description = describe(input, items: items)

        let values = items.compactMap(\.value)
        if values.isEmpty {
            ChartFrame.noData(into: &canvas.svg, x: width / 2, y: top + 16)
        } else {
            let labelWidth = min(maxLabelEm * fontSize, items.map { TextWidth.pixels($0.label, fontSize: fontSize) }.max() ?? 0)
            let valueWidth = (items.map { TextWidth.pixels(($0.note ?? input.format.label($0.value)) + ($0.movement.map { " " + $0 } ?? ""), fontSize: fontSize) }.max() ?? 0) + (usedBands.isEmpty ? 8 : 22)
            let left = 8 + labelWidth + 8
            let right = width - 8 - valueWidth
            let ticks = NiceTicks(minimum: 0, maximum: max(values.max()!, input.target ?? 0), targetCount: 4, includeZero: true)
            let x = LinearScale(ticks: ticks, start: left, end: right)
            drawGrid(ticks, x: x, top: top, bottom: height - 6, format: input.format, into: &canvas.svg)
            // The target goes under the bars so it never crosses a value label.
            if let target = input.target {
                canvas.svg.element("line", [("class", "xf-chart-target"), ("x1", px(x(target))), ("y1", px(top - 4)), ("x2", px(x(target))), ("y2", px(height - 4)), ("stroke", Palette.ink), ("stroke-width", "1"), ("stroke-dasharray", Marks.targetDash)])
            }
            for (rank, item) in items.enumerated() {
                drawRow(item, rowTop: top + Double(rank) * rowHeight, left: left, labelWidth: labelWidth, x: x, format: input.format, defs: &canvas.defs, into: &canvas.svg)
            }
        }
        let hasBands = !usedBands.isEmpty
        var rank = 0
        let rows: [[String]] = items.map { item in
            if item.value != nil { rank += 1 }
            let place = input.isRanked ? item.place ?? ValueFormat.missing : item.value == nil ? ValueFormat.missing : "\(rank)"
            return [place, item.label, item.note ?? input.format.label(item.value)] + (hasBands ? [item.band?.label ?? ValueFormat.missing] : [])
                + (input.isRanked ? [item.movement ?? ValueFormat.missing] : [])
        }
        let caption = input.target.map { input.title + "（目标 " + input.format.reference($0) + "）" } ?? input.title
        let table = ChartTable(caption: caption, columns: ["排名", "单位", input.title] + (hasBands ? ["状态"] : []) + (input.isRanked ? ["较上月"] : []),
                               rows: rows)
        return canvas.finish(height: height, description: description, table: table)
    }

    static func ordered(_ input: RankedBarInput) -> [RankedBarItem] {
        let indexed = Array(input.items.enumerated())
        guard input.sortsDescending, !input.isRanked else { return input.items }
        return indexed.sorted { a, b in
            switch (a.element.value, b.element.value) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    static func drawGrid(_ ticks: NiceTicks, x: LinearScale, top: Double, bottom: Double, format: ValueFormat, into svg: inout SVGBuffer) {
        svg.open("g", [("class", "xf-chart-axis"), ("font-size", px(ChartFrame.smallFontSize)), ("fill", Palette.muted), ("text-anchor", "middle")])
        for value in ticks.values {
            svg.element("line", [("x1", px(x(value))), ("y1", px(top - 2)), ("x2", px(x(value))), ("y2", px(bottom)), ("stroke", value == 0 ? Palette.axis : Palette.grid), ("stroke-width", "1")])
            svg.element("text", [("x", px(x(value))), ("y", px(top - 6))], text: format.tick(value, step: ticks.step))
        }
        svg.close("g")
    }

    static func drawRow(_ item: RankedBarItem, rowTop: Double, left: Double, labelWidth: Double, x: LinearScale, format: ValueFormat, defs: inout PatternDefs, into svg: inout SVGBuffer) {
        let fontSize = ChartFrame.fontSize
        let middle = rowTop + rowHeight / 2
        let link = item.href.flatMap(safeRelativeURL)
        if let link { svg.open("a", [("href", link)]) }
        svg.open("g", [("class", "xf-chart-bar" + (item.band.map { " xf-band-" + $0.rawValue } ?? ""))])
        let shown = item.note ?? format.label(item.value)
        let movement = item.movement.map { " " + $0 } ?? ""
        let place = item.place.map { "第\($0)名 " } ?? ""
        svg.element("title", text: place + item.label + " " + shown + (item.band.map { "（" + $0.label + "）" } ?? "") + movement)
        svg.element("text", [("x", px(left - 8)), ("y", px(middle + 4)), ("text-anchor", "end")], text: TextFit.truncate(item.label, maxWidth: labelWidth, fontSize: fontSize))
        var valueX = left + 4
        if let value = item.value {
            let end = x(max(0, value))
            let fill = item.band.map { defs.fill(color: $0.color, pattern: $0.pattern) } ?? Palette.blue
            svg.element("rect", [("x", px(left)), ("y", px(middle - barHeight / 2)), ("width", px(end - left)), ("height", px(barHeight)), ("fill", fill)])
            valueX = end + 4
        }
        if let band = item.band {
            Marks.marker(band.marker, x: valueX + 5, y: middle, color: band.color, size: 4, into: &svg)
            valueX += 14
        }
        svg.element("text", [("class", "xf-chart-value"), ("x", px(valueX)), ("y", px(middle + 4))], text: shown + movement)
        svg.close("g")
        if link != nil { svg.close("a") }
    }

    /// Keeps only relative URLs: a ':' before any '/', '?' or '#' means a scheme.
    static func safeRelativeURL(_ href: String) -> String? {
        // Trimming by Character is slow; links almost never carry outer spaces.
        let padded = href.utf8.first == 0x20 || href.utf8.last == 0x20
        let trimmed = padded ? String(href.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) : href
        guard !trimmed.isEmpty else { return nil }
        // On bytes: the control characters (category Cc) are U+0000–U+001F,
        // U+007F and U+0080–U+009F, the last encoded as C2 80…C2 9F.
        var previous: UInt8 = 0
        for byte in trimmed.utf8 {
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
            if byte == UInt8(ascii: ":") || byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) {
                return nil
            }
            previous = byte
        }
        return trimmed
    }

    static func describe(_ input: RankedBarInput, items: [RankedBarItem]) -> String {
        let valued = items.filter { $0.value != nil }
        guard let first = valued.max(by: { $0.value! < $1.value! }), let last = valued.min(by: { $0.value! < $1.value! }) else {
            return input.title + "：" + ChartFrame.noDataText
        }
        var text = "\(input.title)，共\(items.count)个单位，最高\(first.label)\(input.format.spoken(first.value!))，最低\(last.label)\(input.format.spoken(last.value!))"
        if let target = input.target { text += "，目标" + input.format.reference(target) }
        for band in Band.allCases where band != .green {
            let count = items.filter { $0.band == band }.count
            if count > 0 { text += "，\(band.label)\(count)个" }
        }
        if valued.count < items.count { text += "，\(items.count - valued.count)个单位无数据" }
        return text
    }
}

public struct RankedBarInput: Sendable {
    public var title: String
    public var items: [RankedBarItem]
    public var format: ValueFormat
    public var target: Double?
    /// Highest first; ties keep the caller's order, units without a value go last.
    public var sortsDescending: Bool
    /// The items come ranked, with their places and movements: drawn in the given
    /// order, the table shows 名次 and 较上月.
    public var isRanked: Bool

    public init(title: String, items: [RankedBarItem], format: ValueFormat, target: Double? = nil, sortsDescending: Bool = true,
                isRanked: Bool = false) {
        self.isRanked = isRanked
        self.title = title
        self.items = items
        self.format = format
        self.target = target
        self.sortsDescending = sortsDescending
    }
}
