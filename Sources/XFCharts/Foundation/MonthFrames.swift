import Synchronization
import XFText

/// What every trend chart over the same months shares, drawn once and copied
/// into each chart: the months' names, the period, the legends and the month
/// axis for each plot geometry. One month's drill-downs (hundreds of pages, two
/// trends each) all end at the same month, so their axes differ only where the
/// value labels' width moves the plot's left edge; each geometry is drawn the
/// first time it is met. A chart given frames for other months draws everything
/// itself, so the output never depends on whether frames were passed.
public final class MonthFrames: Sendable {
    public let months: [ChartMonth]
    /// `2025年10月` for each month.
    let names: [String]
    /// `2023年11月至2025年10月`.
    let period: String
    private let drawn = Mutex(Drawn())

    private struct Drawn {
        var legends: [String: (markup: SVGBuffer, height: Double)] = [:]
        var axes: [AxisKey: SVGBuffer] = [:]
        var grids: [GridKey: SVGBuffer] = [:]
        var targets: [TargetKey: SVGBuffer] = [:]
    }

    /// A value grid depends on its ticks, their scale, the plot's edges and the
    /// format, compared exactly (the same arithmetic gives the same doubles). A
    /// month's drill-downs share few: 25 grids among the 424 trends of a
    /// `--large` month.
    struct GridKey: Hashable {
        let ticks: NiceTicks
        let scale: LinearScale
        let left, right: Double
        let format: ValueFormat
    }

    /// The target line and its label: where the line lies and what it says.
    struct TargetKey: Hashable {
        let left, right, y: Double
        let label: String
    }

    /// The month axis depends on the label style, the plot's left edge and slot
    /// width (exact bit patterns: the same arithmetic gives the same doubles), and its top.
    struct AxisKey: Hashable {
        let style: MonthLabelStyle
        let left, slot, top: UInt64
    }

    public init(months: [ChartMonth]) {
        self.months = months
        names = months.map(\.chineseName)
        period = ChartMonth.period(months)
    }

    /// The legend's markup and height, drawn at the top left of an empty chart.
    func legend(_ entries: [LegendEntry], key: String, width: Double) -> (markup: SVGBuffer, height: Double) {
        if let found = drawn.withLock({ $0.legends[key] }) { return found }
        var svg = SVGBuffer()
        let height = Legend.draw(entries, x: 8, y: 4, maxX: width - 8, into: &svg)
        let made = (markup: svg, height: height)
        drawn.withLock { $0.legends[key] = made }
        return made
    }

    /// `Axes.valueGrid` for these ticks, drawn the first time they are met.
    func grid(_ ticks: NiceTicks, scale: LinearScale, left: Double, right: Double, format: ValueFormat) -> SVGBuffer {
        let key = GridKey(ticks: ticks, scale: scale, left: left, right: right, format: format)
        if let found = drawn.withLock({ $0.grids[key] }) { return found }
        var svg = SVGBuffer()
        Axes.valueGrid(ticks, scale: scale, left: left, right: right, format: format, into: &svg)
        drawn.withLock { $0.grids[key] = svg }
        return svg
    }

    /// `Axes.targetLine` from `left` to `right` at `y`, drawn the first time it is met.
    func target(left: Double, right: Double, y: Double, label: String) -> SVGBuffer {
        let key = TargetKey(left: left, right: right, y: y, label: label)
        if let found = drawn.withLock({ $0.targets[key] }) { return found }
        var svg = SVGBuffer()
        Axes.targetLine(left: left, right: right, y: y, label: label, into: &svg)
        drawn.withLock { $0.targets[key] = svg }
        return svg
    }

    /// The month labels under a plot of `months.count` slots starting at `left`.
    func axis(style: MonthLabelStyle, left: Double, slot: Double, top: Double) -> SVGBuffer {
        let key = AxisKey(style: style, left: left.bitPattern, slot: slot.bitPattern, top: top.bitPattern)
        if let found = drawn.withLock({ $0.axes[key] }) { return found }
        var svg = SVGBuffer()
        Axes.months(MonthAxis.ticks(months, style: style, slotWidth: slot, fontSize: ChartFrame.smallFontSize),
                    x: { left + (Double($0) + 0.5) * slot }, top: top, into: &svg)
        drawn.withLock { $0.axes[key] = svg }
        return svg
    }
}
