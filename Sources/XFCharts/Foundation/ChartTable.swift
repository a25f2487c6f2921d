/// The numbers behind a chart as a plain table, for the page's `<details>`
/// element and for screen readers: cells are already formatted strings.
public struct ChartTable: Sendable, Equatable {
    public var caption: String
    public var columns: [String]
    public var rows: [[String]]

    public init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}

/// What every chart returns: the SVG markup and the same numbers as a table.
public struct RenderedChart: Sendable, Equatable {
    /// The SVG as UTF-8 bytes, as it was built (pages embed these bytes).
    public let svgBytes: [UInt8]
    public var svg: String { String(decoding: svgBytes, as: UTF8.self) }
    public let table: ChartTable
    /// The `<desc>` text, also usable as a summary beside the chart.
    public let description: String
}
