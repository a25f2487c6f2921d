import XFCalendar
import XFRecords

/// The machine-readable files of a snapshot: `data/indicators.csv` and
/// `data/indicators.json`. Same rows, same order, same value texts; bytes depend
/// only on the snapshot, never on the process.
///
/// CSV: UTF-8 with a BOM (so Excel shows the Chinese), `\n` line ends (also after
/// the last row), RFC 4180 quoting of any field holding a comma, quote, CR or LF.
/// JSON: `{"month":…,"as_of":…,"partial":…,"rows":[{…}]}`, each row with the nine
/// CSV columns as keys in CSV order; numerator an integer, denominator an integer
/// or null, value a number written exactly as in the CSV or null; one row per line.
public enum IndicatorTableWriter {
    public static var header: String { IndicatorColumn.header }
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func csv(_ snapshot: Snapshot) -> [UInt8] { csv(snapshot.rows) }

    /// `periodNames` renames periods in the `period` column: a period report
    /// writes its window's rows (computed like ytd rows) as `year`, `half` or `quarter`.
    public static func csv(_ rows: [IndicatorRow], periodNames: [Period: String] = [:]) -> [UInt8] {
        var out = byteOrderMark
        out.reserveCapacity(rows.count * 72)
        out.append(contentsOf: header.utf8)
        out.append(0x0A)
        // Rows come scope by scope: the scope's columns are written once, then copied.
        var prefix = RowPrefix()
        for row in rows {
            if !prefix.holds(row) {
                prefix.start(row)
                for column in scopeColumns {
                    if column.rawValue > 0 { prefix.bytes.append(0x2C) }
                    appendCSVField(column.text(row, periodNames: periodNames), to: &prefix.bytes)
                }
            }
            out.append(contentsOf: prefix.bytes)
            for column in figureColumns {
                out.append(0x2C)
                if column.isNumber { appendNumber(column, row.figure, to: &out) } else if column == .indicator {
                    out.append(contentsOf: csvIDs[row.indicator.order])
                } else {
                    appendCSVField(column.text(row, periodNames: periodNames), to: &out)
                }
            }
            out.append(0x0A)
        }
        return out
    }

    public static func json(_ snapshot: Snapshot) -> [UInt8] { json(snapshot, rows: snapshot.rows) }

    /// The JSON of `rows`, which must be `snapshot.rows` (given when the caller
    /// already has them, so they are not computed twice).
    /// `report` adds a leading `"report"` key (the period report's id).
    public static func json(_ snapshot: Snapshot, rows: [IndicatorRow], periodNames: [Period: String] = [:],
                            report: String? = nil) -> [UInt8] {
        var out: [UInt8] = []
        func append(_ text: String) { out.append(contentsOf: text.utf8) }
        func string(_ text: String) { appendJSONString(text, to: &out) }
        append("{")
        if let report {
            append("\"report\":")
            string(report)
            append(",")
        }
        append("\"month\":")
        string(snapshot.month.description)
        append(",\"as_of\":")
        string(snapshot.asOf.description)
        append(",\"partial\":\(snapshot.isPartial),\"rows\":[")
        out.reserveCapacity(out.count + rows.count * 192)
        var prefix = RowPrefix()
        for (position, row) in rows.enumerated() {
            if position > 0 { out.append(0x2C) }
            out.append(0x0A)
            if !prefix.holds(row) {
                prefix.start(row)
                for column in scopeColumns {
                    prefix.bytes.append(column.rawValue == 0 ? 0x7B : 0x2C)
                    appendJSONString(column.name, to: &prefix.bytes)
                    prefix.bytes.append(0x3A)
                    appendJSONString(column.text(row, periodNames: periodNames), to: &prefix.bytes)
                }
            }
            out.append(contentsOf: prefix.bytes)
            for column in figureColumns {
                out.append(contentsOf: jsonKeys[column.rawValue])
                if column.isNumber {
                    if !appendNumber(column, row.figure, to: &out) { append("null") }
                } else if column == .indicator {
                    out.append(contentsOf: jsonIDs[row.indicator.order])
                } else {
                    string(column.text(row, periodNames: periodNames))
                }
            }
            out.append(0x7D)
        }
        append("\n]}\n")
        return out
    }

    /// The columns that are the same for every row of one scope in one period
    /// (written once per scope), and those that change with each figure.
    static let scopeColumns = IndicatorColumn.allCases.filter { $0.rawValue < IndicatorColumn.indicator.rawValue }
    static let figureColumns = IndicatorColumn.allCases.filter { $0.rawValue >= IndicatorColumn.indicator.rawValue }

    /// Each indicator's id as a CSV field and as a JSON string, by `Indicator.order`,
    /// and each column's `,"name":` in a JSON row: written on every row.
    static let csvIDs: [[UInt8]] = Indicator.allCases.map { indicator in
        var bytes: [UInt8] = []
        appendCSVField(indicator.id, to: &bytes)
        return bytes
    }
    static let jsonIDs: [[UInt8]] = Indicator.allCases.map { indicator in
        var bytes: [UInt8] = []
        appendJSONString(indicator.id, to: &bytes)
        return bytes
    }
    static let jsonKeys: [[UInt8]] = IndicatorColumn.allCases.map { column in
        var bytes: [UInt8] = [0x2C]
        appendJSONString(column.name, to: &bytes)
        bytes.append(0x3A)
        return bytes
    }

    /// The bytes of a row's scope columns, kept while the rows that follow share
    /// them (same month, as-of date, period and scope).
    struct RowPrefix {
        var bytes: [UInt8] = []
        private var key: (month: Month, asOf: CivilDate, period: Period, kind: ScopeKind, index: Int)?

        func holds(_ row: IndicatorRow) -> Bool {
            guard let key else { return false }
            return key.index == row.scope.index && key.kind == row.scope.kind && key.period == row.period
                && key.asOf == row.asOf && key.month == row.month
        }

        mutating func start(_ row: IndicatorRow) {
            key = (row.month, row.asOf, row.period, row.scope.kind, row.scope.index)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Decimal digits of `value`, as `String(value)` writes them.
    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        // Most figures are a digit or two.
        if value >= 0 && value < 100 {
            if value >= 10 { out.append(UInt8(48 + value / 10)) }
            out.append(UInt8(48 + value % 10))
            return
        }
        if value < 0 { out.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var position = buffer.count
            repeat {
                position -= 1
                buffer[position] = UInt8(48 + magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            out.append(contentsOf: buffer[position...])
        }
    }

    /// A number column of `figure` as `IndicatorColumn.text` writes it, in place;
    /// false (nothing written) when the field is empty.
    @discardableResult
    static func appendNumber(_ column: IndicatorColumn, _ figure: Figure, to out: inout [UInt8]) -> Bool {
        switch column {
        case .numerator:
            appendInteger(figure.numerator, to: &out)
            return true
        case .denominator:
            guard let denominator = figure.denominator else { return false }
            appendInteger(denominator, to: &out)
            return true
        default:
            return appendMachineValue(figure, to: &out)
        }
    }

    /// `figure.machineText` written in place; false (nothing written) for an empty rate.
    @discardableResult
    static func appendMachineValue(_ figure: Figure, to out: inout [UInt8]) -> Bool {
        guard figure.isRate else {
            appendInteger(figure.numerator, to: &out)
            return true
        }
        guard let scaled = figure.scaledRate(10_000) else { return false }
        appendDecimal(scaled, places: 4, to: &out)
        return true
    }

    /// `Figure.decimal(scaled, places:)` written in place: `-1.2`, `0.9827`.
    static func appendDecimal(_ scaled: Int, places: Int, to out: inout [UInt8]) {
        var unit = 1
        for _ in 0 ..< places { unit *= 10 }
        if scaled < 0 { out.append(0x2D) }
        appendInteger(abs(scaled) / unit, to: &out)
        out.append(0x2E)
        var fraction = abs(scaled) % unit
        while unit > 1 {
            unit /= 10
            out.append(UInt8(48 + fraction / unit))
            fraction %= unit
        }
    }

    static func appendCSVField(_ field: String, to out: inout [UInt8]) {
        var field = field
        let plain = field.withUTF8 { bytes -> Bool in
            for byte in bytes where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { return false }
            out.append(contentsOf: bytes)
            return true
        }
        guard !plain else { return }
        out.append(0x22)
        for byte in field.utf8 {
            if byte == 0x22 { out.append(0x22) }
            out.append(byte)
        }
        out.append(0x22)
    }

    /// RFC 8259 string: quote, backslash and control characters escaped; `<`, `>`
    /// and `&` too, so the JSON can also be inlined into a page's script safely.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        var text = text
        out.append(0x22)
        text.withUTF8 { bytes in
            // Nearly every string needs no escape: copy it whole.
            guard bytes.contains(where: needsJSONEscape) else {
                out.append(contentsOf: bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                case 0x00 ..< 0x20, 0x3C, 0x3E, 0x26:
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
                default: out.append(byte)
                }
            }
        }
        out.append(0x22)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func needsJSONEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26
    }
}
