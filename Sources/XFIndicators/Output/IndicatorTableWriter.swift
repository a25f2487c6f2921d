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
        out.append(contentsOf: header.utf8)
        out.append(0x0A)
        for row in rows {
            for column in IndicatorColumn.allCases {
                if column.rawValue > 0 { out.append(0x2C) }
                appendCSVField(column.text(row, periodNames: periodNames), to: &out)
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
        for (position, row) in rows.enumerated() {
            append(position == 0 ? "\n" : ",\n")
            for column in IndicatorColumn.allCases {
                append(column.rawValue == 0 ? "{" : ",")
                string(column.name)
                append(":")
                let text = column.text(row, periodNames: periodNames)
                if column.isNumber { append(text.isEmpty ? "null" : text) } else { string(text) }
            }
            append("}")
        }
        append("\n]}\n")
        return out
    }

    static func appendCSVField(_ field: String, to out: inout [UInt8]) {
        let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return out.append(contentsOf: field.utf8) }
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
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        out.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x00 ..< 0x20, 0x3C, 0x3E, 0x26:
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
