import XFSource

/// The small SpreadsheetML parts read when a workbook is opened: relationships,
/// `workbook.xml` (sheets, visibility, the 1904 date system), `styles.xml` (which
/// cell formats are dates) and `sharedStrings.xml` (streamed into one buffer).
enum XlsxParts {
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    struct SheetEntry {
        var name: String
        var state: String
        var relationship: String
    }

    /// Parses a whole small part with `body` receiving each token.
    static func scan(_ bytes: [UInt8], part: String,
                     _ body: (XMLScanner.Token, inout XMLScanner) throws(XMLScanner.Failure) -> Void) throws(WorkbookProblem) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(WorkbookProblem) in
            var scanner = XMLScanner(buffer, isFinal: true)
            do throws(XMLScanner.Failure) {
                while true {
                    let token = try scanner.next()
                    if token == .done { return }
                    try body(token, &scanner)
                }
            } catch {
                throw malformed(part: part, error.message)
            }
        }
    }

    static func malformed(part: String, sheet: String? = nil, cell: String? = nil, _ message: String) -> WorkbookProblem {
        WorkbookProblem(code: .xlsxMalformed, sheet: sheet, cell: cell,
                        message: "工作簿部件「\(part)」不是规范的 XML：\(message)。",
                        fix: "请在 Excel 或 WPS 中打开该文件并“另存为”新的 .xlsx 文件；若打不开，请重新从系统导出。")
    }

    static func string(_ raw: UnsafeBufferPointer<UInt8>) throws(XMLScanner.Failure) -> String {
        var out: [UInt8] = []
        try XMLScanner.decode(raw, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func relationships(_ bytes: [UInt8], part: String) throws(WorkbookProblem) -> [Relationship] {
        var list: [Relationship] = []
        try scan(bytes, part: part) { (token, scanner) throws(XMLScanner.Failure) in
            guard token == .start, scanner.nameIs("Relationship") else { return }
            let found = try attributes(scanner, ["Id", "Type", "Target"])
            list.append(Relationship(id: found["Id"] ?? "", type: found["Type"] ?? "", target: found["Target"] ?? ""))
        }
        return list
    }

    /// The values of the attributes called `names` (local names) of the element at the scanner.
    static func attributes(_ scanner: XMLScanner, _ names: [String]) throws(XMLScanner.Failure) -> [String: String] {
        var found: [String: String] = [:]
        try scanner.forEachAttribute { (name, value) throws(XMLScanner.Failure) in
            let key = String(decoding: name, as: UTF8.self)
            if names.contains(key) { found[key] = try string(value) }
        }
        return found
    }

    /// `target` of a relationship of the part at `base` as a ZIP entry name.
    static func resolve(_ target: String, from base: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = base.split(separator: "/").dropLast().map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    static func workbook(_ bytes: [UInt8], part: String) throws(WorkbookProblem) -> (sheets: [SheetEntry], date1904: Bool) {
        var sheets: [SheetEntry] = []
        var date1904 = false
        try scan(bytes, part: part) { (token, scanner) throws(XMLScanner.Failure) in
            guard token == .start else { return }
            if scanner.nameIs("workbookPr") {
                let text = try attributes(scanner, ["date1904"])["date1904"]
                date1904 = text == "1" || text == "true"
            } else if scanner.nameIs("sheet") {
                let found = try attributes(scanner, ["name", "state", "id"])
                sheets.append(SheetEntry(name: found["name"] ?? "", state: found["state"] ?? "visible", relationship: found["id"] ?? ""))
            }
        }
        return (sheets, date1904)
    }

    /// For each cell format (`cellXfs` index), whether it shows numbers as dates.
    static func dateStyles(_ bytes: [UInt8], part: String) throws(WorkbookProblem) -> [Bool] {
        var customDates: [Int: Bool] = [:]
        var styles: [Bool] = []
        var inCellFormats = false
        try scan(bytes, part: part) { (token, scanner) throws(XMLScanner.Failure) in
            if token == .end, scanner.nameIs("cellXfs") { inCellFormats = false; return }
            guard token == .start else { return }
            if scanner.nameIs("numFmt") {
                let found = try attributes(scanner, ["numFmtId", "formatCode"])
                customDates[found["numFmtId"].flatMap { Int($0) } ?? -1] = DateFormats.isDate(code: found["formatCode"] ?? "")
            } else if scanner.nameIs("cellXfs") {
                inCellFormats = !scanner.isSelfClosing
            } else if inCellFormats && scanner.nameIs("xf") {
                let id = try attributes(scanner, ["numFmtId"])["numFmtId"].flatMap { Int($0) } ?? 0
                styles.append(customDates[id] ?? DateFormats.isDate(builtIn: id))
            }
        }
        return styles
    }
}

/// The shared-string table: every string's UTF-8 bytes in one buffer, so a table
/// of millions of strings is two allocations, not millions.
struct SharedStrings {
    var bytes: [UInt8] = []
    var ends: [Int] = []

    static let countLimit = 16_000_000
    static let byteLimit = 1 << 30

    var count: Int { ends.count }

    func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// Streams `sharedStrings.xml`: the text of each `<si>`, rich-text runs joined,
    /// phonetic runs (`<rPh>`) left out.
    static func read(_ archive: ZipArchive, entry: ZipArchive.Entry) throws -> SharedStrings {
        var scanner = XMLScanner(UnsafeBufferPointer(start: nil, count: 0), isFinal: false)
        var chunks = XMLChunks()
        // A struct, not local functions over captured variables: those live in boxes
        // that every access checks for exclusivity, once or more per string.
        var parser = SharedStringsParser(part: entry.name)
        try archive.read(entry) { chunk in
            try chunks.feed(chunk, scanner: &scanner, isFinal: false) { try parser.parse(&$0) }
            return true
        }
        try chunks.feed(UnsafeBufferPointer(start: nil, count: 0), scanner: &scanner, isFinal: true) { try parser.parse(&$0) }
        return parser.table
    }
}

/// The state of reading `sharedStrings.xml` (`SharedStrings.read`).
private struct SharedStringsParser {
    let part: String
    var table = SharedStrings()
    var inItem = false, phonetic = 0, inText = false

    init(part: String) { self.part = part }

    mutating func parse(_ scanner: inout XMLScanner) throws {
        while true {
            if !inItem {
                // Plain items, `<si><t>text</t></si>` without entities, in one go; the rest token by token.
                let unread = scanner.unread
                var consumed = 0
                while let text = Self.plainItem(unread, at: consumed) {
                    table.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: unread[text]))
                    try close()
                    consumed = text.upperBound + 9
                }
                scanner.skip(consumed)
            }
            let token: XMLScanner.Token
            do { token = try scanner.next() } catch { throw XlsxParts.malformed(part: part, error.message) }
            switch token {
            case .needMore, .done: return
            case .start:
                if scanner.nameIs("si") {
                    inItem = true
                    if scanner.isSelfClosing { try close() }
                } else if scanner.nameIs("rPh") {
                    if !scanner.isSelfClosing { phonetic += 1 }
                } else if scanner.nameIs("t") {
                    inText = !scanner.isSelfClosing
                }
            case .end:
                if scanner.nameIs("si") { try close() } else if scanner.nameIs("rPh") { phonetic -= 1 } else if scanner.nameIs("t") { inText = false }
            case .text:
                guard inItem, inText, phonetic == 0 else { continue }
                do { try scanner.appendText(to: &table.bytes) } catch { throw XlsxParts.malformed(part: part, error.message) }
            }
        }
    }

    /// The text of a plain item at `start` (followed by `</t></si>`, 9 bytes), or nil.
    @inline(__always)
    static func plainItem(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Range<Int>? {
        // "<si><t>" is 7 bytes: the first 4 and the last 4 as little-endian words.
        guard start + 16 <= p.count, let base = p.baseAddress,
              UnsafeRawPointer(base + start).loadUnaligned(as: UInt32.self) == UInt32(littleEndian: 0x3E69_733C),
              UnsafeRawPointer(base + start + 3).loadUnaligned(as: UInt32.self) == UInt32(littleEndian: 0x3E74_3C3E)
        else { return nil }
        var k = start + 7
        while k < p.count {
            let byte = p[k]
            if byte == 0x3C { break }
            if byte == 0x26 { return nil }
            k += 1
        }
        // "</t></si>": 8 bytes as one word and the last byte.
        guard k + 9 <= p.count,
              UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self) == UInt64(littleEndian: 0x6973_2F3C_3E74_2F3C),
              p[k + 8] == 0x3E else { return nil }
        return (start + 7)..<k
    }

    mutating func close() throws {
        inItem = false
        table.ends.append(table.bytes.count)
        guard table.ends.count <= SharedStrings.countLimit, table.bytes.count <= SharedStrings.byteLimit else {
            throw WorkbookProblem(code: .xlsxTooManyStrings,
                                  message: "工作簿的共享文字表过大（超过 \(SharedStrings.countLimit) 条或 1 GB），无法读取。",
                                  fix: "请按月份把数据拆成几个较小的工作簿。")
        }
    }
}
