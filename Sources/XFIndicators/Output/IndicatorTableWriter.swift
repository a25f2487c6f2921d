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

    /// indicators.csv of a snapshot, straight from its figures (no row values).
    public static func csv(_ snapshot: Snapshot) -> [UInt8] {
        ByteWriter.bytes(capacity: bound(snapshot)) { out in
            startCSV(&out)
            snapshot.forEachRowGroup { period, scope, indicators in
                let prefix = csvPrefix(snapshot.month, snapshot.asOf, period.rawValue, scope)
                for indicator in indicators {
                    out.append(prefix)
                    appendCSVFigure(indicator, snapshot.storedFigure(period, scope, indicator), to: &out)
                }
            }
        }
    }

    /// `periodNames` renames periods in the `period` column: a period report
    /// writes its window's rows (computed like ytd rows) as `year`, `half` or `quarter`.
    public static func csv(_ rows: [IndicatorRow], periodNames: [Period: String] = [:]) -> [UInt8] {
        var prefix = RowPrefix()
        return ByteWriter.bytes(capacity: bound(rows)) { out in
            startCSV(&out)
            for row in rows {
                if !prefix.holds(row) {
                    prefix.start(row, csvPrefix(row.month, row.asOf, periodNames[row.period] ?? row.period.rawValue,
                                                row.scope))
                }
                out.append(prefix.bytes)
                appendCSVFigure(row.indicator, row.figure, to: &out)
            }
        }
    }

    /// The JSON of a snapshot, straight from its figures.
    public static func json(_ snapshot: Snapshot) -> [UInt8] {
        ByteWriter.bytes(capacity: bound(snapshot)) { out in
            startJSON(snapshot, report: nil, &out)
            var first = true
            snapshot.forEachRowGroup { period, scope, indicators in
                let prefix = jsonPrefix(snapshot.month, snapshot.asOf, period.rawValue, scope)
                for indicator in indicators {
                    if !first { out.append(0x2C) }
                    first = false
                    out.append(0x0A)
                    out.append(prefix)
                    appendJSONFigure(indicator, snapshot.storedFigure(period, scope, indicator), to: &out)
                }
            }
            out.append("\n]}\n")
        }
    }

    /// The JSON of `rows`, which are the rows of `snapshot` or of a report window
    /// ending on it. `report` adds a leading `"report"` key (the period report's id).
    public static func json(_ snapshot: Snapshot, rows: [IndicatorRow], periodNames: [Period: String] = [:],
                            report: String? = nil) -> [UInt8] {
        var prefix = RowPrefix()
        return ByteWriter.bytes(capacity: bound(rows) + (report?.utf8.count ?? 0) * 6) { out in
            startJSON(snapshot, report: report, &out)
            for (position, row) in rows.enumerated() {
                if position > 0 { out.append(0x2C) }
                out.append(0x0A)
                if !prefix.holds(row) {
                    prefix.start(row, jsonPrefix(row.month, row.asOf, periodNames[row.period] ?? row.period.rawValue,
                                                 row.scope))
                }
                out.append(prefix.bytes)
                appendJSONFigure(row.indicator, row.figure, to: &out)
            }
            out.append("\n]}\n")
        }
    }

    private static func startCSV(_ out: inout ByteWriter) {
        out.append(byteOrderMark)
        out.append(header)
        out.append(0x0A)
    }

    private static func startJSON(_ snapshot: Snapshot, report: String?, _ out: inout ByteWriter) {
        var head: [UInt8] = [0x7B]
        if let report {
            head += Array("\"report\":".utf8)
            appendJSONString(report, to: &head)
            head.append(0x2C)
        }
        head += Array("\"month\":".utf8)
        appendJSONString(snapshot.month.description, to: &head)
        head += Array(",\"as_of\":".utf8)
        appendJSONString(snapshot.asOf.description, to: &head)
        head += Array(",\"partial\":\(snapshot.isPartial),\"rows\":[".utf8)
        out.append(head)
    }

    /// The columns before `indicator`, the same for all rows of one scope in one
    /// period, written once per scope: `month,as_of,period,scope_type,scope` in CSV.
    static func csvPrefix(_ month: Month, _ asOf: CivilDate, _ period: String, _ scope: Scope) -> [UInt8] {
        var bytes: [UInt8] = []
        for (position, text) in [month.description, asOf.description, period, scope.kind.rawValue, scope.name]
            .enumerated() {
            if position > 0 { bytes.append(0x2C) }
            appendCSVField(text, to: &bytes)
        }
        return bytes
    }

    /// The same columns as the start of a JSON row object: `{"month":…,"scope":"…"`.
    static func jsonPrefix(_ month: Month, _ asOf: CivilDate, _ period: String, _ scope: Scope) -> [UInt8] {
        var bytes: [UInt8] = []
        for (column, text) in zip(scopeColumns, [month.description, asOf.description, period, scope.kind.rawValue,
                                                 scope.name]) {
            bytes.append(column.rawValue == 0 ? 0x7B : 0x2C)
            appendJSONString(column.name, to: &bytes)
            bytes.append(0x3A)
            appendJSONString(text, to: &bytes)
        }
        return bytes
    }

    /// `,indicator,numerator,denominator,value` and the line end.
    @inline(__always)
    private static func appendCSVFigure(_ indicator: Indicator, _ figure: Figure, to out: inout ByteWriter) {
        out.append(csvLeads[indicator.order])
        out.appendInteger(figure.numerator)
        out.append(0x2C)
        if let denominator = figure.denominator { out.appendInteger(denominator) }
        out.append(0x2C)
        appendMachineValue(figure, to: &out)
        out.append(0x0A)
    }

    /// `,"indicator":…,"numerator":…,"denominator":…,"value":…}`: numbers as in
    /// the CSV, null where the CSV field is empty.
    @inline(__always)
    private static func appendJSONFigure(_ indicator: Indicator, _ figure: Figure, to out: inout ByteWriter) {
        out.append(jsonLeads[indicator.order])
        out.appendInteger(figure.numerator)
        out.append(jsonKeys[IndicatorColumn.denominator.rawValue])
        if let denominator = figure.denominator { out.appendInteger(denominator) } else { out.append(null) }
        out.append(jsonKeys[IndicatorColumn.value.rawValue])
        if !appendMachineValue(figure, to: &out) { out.append(null) }
        out.append(0x7D)
    }

    /// Room for every row: the longest prefix and the widest numbers on each.
    private static func bound(_ snapshot: Snapshot) -> Int {
        var bytes = 256
        snapshot.forEachRowGroup { period, scope, indicators in
            bytes += indicators.count * (rowRoom + 6 * (scope.name.utf8.count + period.rawValue.utf8.count))
        }
        return bytes
    }

    private static func bound(_ rows: [IndicatorRow]) -> Int {
        // Renamed periods are a word (`quarter`); escaping grows a byte to six at most.
        rows.reduce(256) { $0 + rowRoom + 6 * ($1.scope.name.utf8.count + 16) }
    }

    /// Every byte of a row but the period and scope name, with room to spare.
    private static let rowRoom = 320

    /// `figure.machineText` written in place; false (nothing written) for an empty rate.
    @inline(__always)
    @discardableResult
    static func appendMachineValue(_ figure: Figure, to out: inout ByteWriter) -> Bool {
        guard figure.isRate else {
            out.appendInteger(figure.numerator)
            return true
        }
        guard let scaled = figure.scaledRate(10_000) else { return false }
        out.appendDecimal(scaled, places: 4)
        return true
    }

    /// The columns that are the same for every row of one scope in one period
    /// (written once per scope), and those that change with each figure.
    static let scopeColumns = IndicatorColumn.allCases.filter { $0.rawValue < IndicatorColumn.indicator.rawValue }

    /// Each indicator's id as a CSV field and as a JSON string, by `Indicator.order`.
    static let csvIDs: [[UInt8]] = Indicator.allCases.map { indicator in
        var bytes: [UInt8] = []
        appendCSVField(indicator.id, to: &bytes)
        return bytes
    }
    /// What every row of one indicator has between the scope columns and the
    /// numerator: `,id,` in CSV, `,"indicator":"id","numerator":` in JSON.
    private static let csvLeads: [[UInt8]] = csvIDs.map { [0x2C] + $0 + [0x2C] }
    private static let jsonLeads: [[UInt8]] = Indicator.allCases.map { indicator in
        var bytes = jsonKeys[IndicatorColumn.indicator.rawValue]
        appendJSONString(indicator.id, to: &bytes)
        return bytes + jsonKeys[IndicatorColumn.numerator.rawValue]
    }
    /// Each column's `,"name":` in a JSON row.
    private static let jsonKeys: [[UInt8]] = IndicatorColumn.allCases.map { column in
        var bytes: [UInt8] = [0x2C]
        appendJSONString(column.name, to: &bytes)
        bytes.append(0x3A)
        return bytes
    }
    private static let null: [UInt8] = Array("null".utf8)

    /// The bytes of a row's scope columns, kept while the rows that follow share
    /// them (same month, as-of date, period and scope).
    struct RowPrefix {
        private(set) var bytes: [UInt8] = []
        private var key: (month: Month, asOf: CivilDate, period: Period, kind: ScopeKind, index: Int)?

        func holds(_ row: IndicatorRow) -> Bool {
            guard let key else { return false }
            return key.index == row.scope.index && key.kind == row.scope.kind && key.period == row.period
                && key.asOf == row.asOf && key.month == row.month
        }

        mutating func start(_ row: IndicatorRow, _ bytes: [UInt8]) {
            key = (row.month, row.asOf, row.period, row.scope.kind, row.scope.index)
            self.bytes = bytes
        }
    }

    /// Decimal digits of `value`, as `String(value)` writes them.
    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        // A sign and 19 digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            let count = Figure.writeDecimal(value, places: 0, at: buffer.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
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
