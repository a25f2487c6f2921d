import XFCalendar
import XFSource
import XFTable

/// The columns of `indicators.csv`, in file order: the one definition its writer
/// and its reader share (the JSON rows use the same names as keys, in the same order).
public enum IndicatorColumn: Int, CaseIterable, Sendable {
    case month, asOf, period, scopeType, scope, indicator, numerator, denominator, value

    public var name: String {
        switch self {
        case .month: "month"
        case .asOf: "as_of"
        case .period: "period"
        case .scopeType: "scope_type"
        case .scope: "scope"
        case .indicator: "indicator"
        case .numerator: "numerator"
        case .denominator: "denominator"
        case .value: "value"
        }
    }

    /// The header line, without its line break.
    public static let header = allCases.map(\.name).joined(separator: ",")
}

/// A published snapshot `indicators.csv` read back (the previous site's, to find
/// revisions): each figure by period, scope and indicator, as its texts.
public struct PublishedIndicators: Sendable {
    public struct Key: Hashable, Sendable {
        public let period: Period
        public let scopeKind: ScopeKind
        public let scope: String
        public let indicator: Indicator
    }

    /// A figure's texts as the file holds them.
    public struct Texts: Hashable, Sendable {
        public let numerator, denominator, value: String

        /// `numerator/denominator=value` for a rate, the count alone otherwise, so
        /// any difference shows.
        public var summary: String { denominator.isEmpty ? value : "\(numerator)/\(denominator)=\(value)" }
    }

    /// The snapshot's as-of date (every row carries the same one).
    public private(set) var asOf: String?
    public private(set) var figures: [Key: Texts] = [:]
    /// Rows that are not this program's format: broken CSV, a different column
    /// count, or a period, scope type or indicator it does not know.
    public private(set) var unreadRows = 0

    /// Reads the bytes of an `indicators.csv` (with or without its BOM).
    public init(csv bytes: [UInt8]) {
        var collector = Collector()
        let body = bytes.starts(with: IndicatorTableWriter.byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
        let problems = CSVParser(file: "indicators.csv").parse(body, into: &collector)
        self = collector.table
        // The parser hands over no row it finds broken (ragged, bad quoting): counted here.
        unreadRows += problems.reduce(0) { $0 + $1.count }
    }

    private init() {}

    private struct Collector: CSVRowHandler {
        var table = PublishedIndicators()

        mutating func handle(_ row: CSVRow) {
            guard row.index > 0 else { return }
            func text(_ column: IndicatorColumn) -> String { row.string(column.rawValue) }
            guard row.count == IndicatorColumn.allCases.count,
                  let period = Period(rawValue: text(.period)), let kind = ScopeKind(rawValue: text(.scopeType)),
                  let indicator = Indicator(rawValue: text(.indicator)) else {
                table.unreadRows += 1
                return
            }
            table.asOf = text(.asOf)
            let key = Key(period: period, scopeKind: kind, scope: text(.scope), indicator: indicator)
            table.figures[key] = Texts(numerator: text(.numerator), denominator: text(.denominator), value: text(.value))
        }
    }
}
