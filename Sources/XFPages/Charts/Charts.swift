import XFCalendar
import XFCharts
import XFIndicators
import XFTemplates
import XFVocabulary

/// Builds the dashboard's charts from figures; each returns a `ChartView` whose
/// table holds the same numbers as the SVG. Ids are prefixed so several charts
/// on one page never clash.
enum Charts {
    /// The months of a window ending at `month` that have a snapshot, with their figures.
    static func window(_ set: SnapshotSet, _ indicator: Indicator, _ scope: Scope, endingAt month: Month,
                       count: Int, period: Period = .month) -> (months: [ChartMonth], values: [Double?]) {
        let series = set.series(indicator, period: period, scope: scope, endingAt: month, count: count)
        return (series.map(\.month.chartMonth), series.map(\.figure.value))
    }

    static func format(_ indicator: Indicator) -> ValueFormat {
        indicator.isRate ? .percent : .count(unit: indicator.unit)
    }

    static func view(_ chart: RenderedChart, id: String, title: String, wide: Bool = false, links: [String: String] = [:]) -> ChartView {
        ChartView(id: id, title: title, svg: TrustedMarkup(bytes: chart.svgBytes), summary: chart.description,
                  caption: chart.table.caption, columns: chart.table.columns,
                  rows: chart.table.rows.map { row in
                      // Most charts link nothing: no hashing of every row's name then.
                      PlainRow(head: row.first ?? "", href: links.isEmpty ? nil : links[row.first ?? ""], cells: Array(row.dropFirst()))
                  }, wide: wide)
    }

    /// A KPI card's sparkline; its numbers go in the cards' shared table.
    static func sparkline(_ set: SnapshotSet, _ indicator: Indicator, _ scope: Scope, endingAt month: Month, id: String) -> TrustedMarkup {
        // Small samples are left out (a gap), as the trend charts draw no line through them.
        let series = set.series(indicator, period: .month, scope: scope, endingAt: month, count: 12)
        let months = series.map(\.month.chartMonth)
        let values = series.map { set.isSmallSample($0.figure) ? nil : $0.figure.value }
        let title = FigureViews.shortLabel(indicator) + "近12个月"
        return TrustedMarkup(bytes: Sparkline.render(SparklineInput(title: title, months: months, values: values, format: format(indicator)),
                                                     idPrefix: id).svgBytes)
    }

    /// 24 months with the target line and, for counts, last year's line dashed.
    /// Months resting on too few cases are hollow points with no line through them.
    /// `frames`: the month axis and names shared by the month's trends (`SnapshotContext.trendFrames`).
    static func trend(_ set: SnapshotSet, _ indicator: Indicator, _ scope: Scope, endingAt month: Month, id: String,
                      frames: MonthFrames? = nil) -> ChartView {
        let series = set.series(indicator, period: .month, scope: scope, endingAt: month, count: 24)
        let months = series.map(\.month.chartMonth)
        let values = series.map(\.figure.value)
        let small = series.map { set.isSmallSample($0.figure) ? FigureViews.shown($0.figure, indicator, minDenominator: set.minDenominator) : nil }
        let title = FigureViews.shortLabel(indicator) + "（近24个月）"
        let chart = TrendChart.render(TrendInput(title: title, months: months,
                                                 series: MonthlySeries(name: FigureViews.shortLabel(indicator), values: values),
                                                 target: set.target(for: indicator)?.green, format: format(indicator),
                                                 smallSamples: small), idPrefix: id, frames: frames)
        return view(chart, id: id, title: title, wide: true)
    }

    /// The months of the 24-month trends ending at `month`, for their shared frames.
    static func trendFrames(_ set: SnapshotSet, endingAt month: Month) -> MonthFrames {
        MonthFrames(months: window(set, .cases, set.scopes.all, endingAt: month, count: 24).months)
    }

    /// Each 信访形式's label with the indicator that counts it, in `Channel` order.
    static let channelCounts = Channel.allCases.map { (label: $0.label, indicator: Indicator.count(of: $0)) }

    /// Cases by channel (来信/来访/网上/电话), stacked per month, 12 months.
    static func channels(_ set: SnapshotSet, _ scope: Scope, endingAt month: Month, id: String) -> ChartView {
        let months = window(set, .cases, scope, endingAt: month, count: 12).months
        let layers = channelCounts.map { channel in
            MonthlySeries(name: channel.label, values: window(set, channel.indicator, scope, endingAt: month, count: 12).values)
        }
        let title = "各渠道信访量（近12个月，件/批）"
        let chart = StackedBarChart.render(StackedBarInput(title: title, months: months, layers: layers, unit: "件"), idPrefix: id)
        return view(chart, id: id, title: title, wide: true)
    }

    /// This month's cases by channel as a donut.
    static func channelShare(_ views: FigureViews, _ scope: Scope, id: String) -> ChartView {
        let slices = channelCounts.map { channel in
            DonutSlice(name: channel.label, value: views.figure(channel.indicator, scope)?.value ?? 0)
        }
        let title = "本月信访渠道构成"
        let chart = DonutChart.render(DonutInput(title: title, slices: slices, unit: "件"), idPrefix: id)
        return view(chart, id: id, title: title)
    }

    /// Units or domains ranked by one indicator, each bar linking to its drill-down.
    static func ranked(_ views: FigureViews, _ indicator: Indicator, scopes: [Scope], title: String,
                       href: (Scope) -> String, id: String) -> ChartView {
        var links: [String: String] = [:]
        let items = scopes.map { scope -> RankedBarItem in
            let figure = views.figure(indicator, scope)
            let band = figure.flatMap { views.set.band(for: $0, of: indicator) }.map { Band(rawValue: $0.rawValue)! }
            let link = href(scope)
            links[scope.name] = link
            return RankedBarItem(label: scope.name, value: figure?.value, band: band, href: link)
        }
        let higher = views.higherIsBetter(indicator) ?? true
        let chart = RankedBarChart.render(RankedBarInput(title: title, items: items, format: format(indicator),
                                                         target: views.set.target(for: indicator)?.green,
                                                         sortsDescending: higher), idPrefix: id)
        return view(chart, id: id, title: title, links: links)
    }

    /// One ranking (INDICATORS.md tie rule) as bars in rank order: places, the
    /// change since last month, and the unranked units after, without a bar.
    /// `entries`: the places to draw when a long ranking is cut (default: all).
    static func ranking(_ views: FigureViews, _ ranking: Ranking, entries: [Ranking.Entry]? = nil, title: String,
                        href: (Scope) -> String, id: String) -> ChartView {
        var links: [String: String] = [:]
        let indicator = ranking.indicator
        let items = (entries ?? ranking.entries).map { entry -> RankedBarItem in
            let link = href(entry.scope)
            links[entry.scope.name] = link
            let small = views.set.isSmallSample(entry.figure)
            let band = views.set.band(for: entry.figure, of: indicator).map { Band(rawValue: $0.rawValue)! }
            return RankedBarItem(label: entry.scope.name, value: entry.rank == nil ? nil : entry.figure.value, band: band,
                                 href: link, place: entry.rank.map(String.init), movement: entry.movement?.text,
                                 note: small ? views.shown(entry.figure, indicator) : nil)
        }
        let chart = RankedBarChart.render(RankedBarInput(title: title, items: items, format: format(indicator),
                                                         target: views.set.target(for: indicator)?.green, isRanked: true),
                                          idPrefix: id)
        return view(chart, id: id, title: title, links: links)
    }

    /// Month × unit heat grid of one indicator over 12 months.
    static func heat(_ set: SnapshotSet, _ indicator: Indicator, units: [Scope], names: [String], endingAt month: Month, id: String) -> ChartView {
        let months = window(set, indicator, set.scopes.all, endingAt: month, count: 12).months
        let rows = zip(units, names).map { scope, name in
            MonthlySeries(name: name, values: window(set, indicator, scope, endingAt: month, count: 12).values)
        }
        let title = "各单位" + FigureViews.shortLabel(indicator) + "（近12个月）"
        let chart = HeatGrid.render(HeatGridInput(title: title, months: months, rows: rows, format: format(indicator)), idPrefix: id)
        return view(chart, id: id, title: title, wide: true)
    }
}
