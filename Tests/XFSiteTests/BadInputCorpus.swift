import Foundation
import Testing

/// The malformed inputs `xfsite check` must answer with exit code 1 and a located
/// Chinese diagnostic. Generated in code rather than kept as fixture files, so each
/// item shows its bytes beside what it must produce.
enum BadInputCorpus {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func gb(_ text: String) -> [UInt8] { Array(text.data(using: gb18030)!) }
    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
    static let file = "cases/a.csv"

    static let items: [BadInput] = quoting + encodings + emptiness + headers + cells + rules + folders + otherTables

    static let quoting: [BadInput] = [
        BadInput(name: "truncated quote at end of file",
                 files: casesBytes(utf8("\(corpusCaseHeader)\nA1,\"2024-01-05,来访,1")),
                 expected: ["csv.unterminated-quote@\(file):2/登记日期"]),
        BadInput(name: "lone quote file", files: casesBytes(utf8("\"")),
                 expected: ["csv.unterminated-quote@\(file):1/第1列"]),
        BadInput(name: "quote in the middle of a field",
                 files: casesFile("A1,2024-0\"1-05,来访,1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["csv.stray-quote@\(file):2/登记日期"]),
        BadInput(name: "text after a closing quote",
                 files: casesFile("A1,\"2024-01-05\"x,来访,1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["csv.text-after-quote@\(file):2/登记日期"]),
        BadInput(name: "ragged row",
                 files: casesFile(corpusValidRow, "A2,2024-01-05,来访"),
                 expected: ["csv.ragged-row@\(file):3/-"]),
        BadInput(name: "CR-only line ends with a ragged row",
                 files: casesBytes(utf8("\(corpusCaseHeader)\r\(corpusValidRow)\rA2,2024-01-05,来访,1\r")),
                 expected: ["csv.ragged-row@\(file):3/-"]),
        BadInput(name: "ragged row after a quoted line break counts physical lines",
                 files: casesFile("A1,2024-01-05,\"来\n访\",1,申诉求决,城乡建设,城关镇,,,", "A2,2024-01-05"),
                 expected: ["cell.choice@\(file):2/信访形式", "csv.ragged-row@\(file):4/-"]),
    ]

    static let encodings: [BadInput] = [
        BadInput(name: "NUL bytes", files: casesBytes(utf8("\(corpusCaseHeader)\n\(corpusValidRow)\nA2\0\0,x\n")),
                 expected: ["encoding.nul@\(file):3/-"]),
        BadInput(name: "0xFF runs, neither UTF-8 nor GB18030",
                 files: casesBytes(utf8("\(corpusCaseHeader)\n") + [UInt8](repeating: 0xFF, count: 64) + [0x0A]),
                 expected: ["encoding.unknown@\(file):2/-"]),
        BadInput(name: "invalid byte inside an otherwise GB18030 file",
                 files: casesBytes(gb("\(corpusCaseHeader)\n\(corpusValidRow)\n") + [0x41, 0xFF, 0x0A]),
                 expected: ["encoding.unknown@\(file):3/-"]),
        BadInput(name: "UTF-16 with byte order mark",
                 files: casesBytes([0xFF, 0xFE] + corpusCaseHeader.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
                 expected: ["encoding.utf16@\(file):0/-"]),
        BadInput(name: "UTF-16 without byte order mark",
                 files: casesBytes(corpusCaseHeader.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
                 expected: ["encoding.utf16@\(file):0/-"]),
        BadInput(name: "xlsx (zip) named .csv", files: casesBytes([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
                 expected: ["encoding.workbook@\(file):0/-"]),
        BadInput(name: "old .xls named .csv", files: casesBytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
                 expected: ["encoding.workbook@\(file):0/-"]),
        BadInput(name: "BOM before a header cell in the middle of the line",
                 files: casesFile(corpusValidRow, header: corpusCaseHeader.replacingOccurrences(of: ",登记日期", with: ",\u{FEFF}登记日期")),
                 expected: ["header.missing-column@\(file):1/登记日期"]),
        BadInput(name: "BOM inside a date cell", files: casesFile("A1,2024-01-\u{FEFF}05,来访,1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.date@\(file):2/登记日期"]),
        BadInput(name: "two exports concatenated: BOM and header again in the middle",
                 files: casesFile(corpusValidRow, "\u{FEFF}" + corpusCaseHeader),
                 expected: ["cell.date@\(file):3/登记日期"]),
        BadInput(name: "control characters in cells",
                 files: casesFile("A1,2024-01-05,来\u{01}访,1,申诉求决,城乡建设,\u{1B}[31m城关镇,,,"),
                 expected: ["cell.choice@\(file):2/信访形式", "cell.unknown-name@\(file):2/责任单位"]),
    ]

    static let emptiness: [BadInput] = [
        BadInput(name: "empty case file (0 bytes)", files: casesBytes([]), expected: ["csv.no-header@\(file):0/-"]),
        BadInput(name: "file that is only a BOM", files: casesBytes([0xEF, 0xBB, 0xBF]), expected: ["csv.no-header@\(file):0/-"]),
        BadInput(name: "file of blank lines only", files: casesBytes(utf8("\n \r\n\t\n")), expected: ["csv.no-header@\(file):0/-"]),
        BadInput(name: "file of only commas", files: casesBytes(utf8(",,,,\n,,,,\n")),
                 expected: ["header.missing-column@\(file):1/信访件编号"]),
        BadInput(name: "empty units.csv", files: ["units.csv": [], "cases/a.csv": utf8("\(corpusCaseHeader)\n")],
                 expected: ["csv.no-header@units.csv:0/-"]),
    ]

    static let headers: [BadInput] = [
        BadInput(name: "duplicate headers 编号 and 信访件编号",
                 files: casesFile("A1,A1,2024-01-05,来访,申诉求决,城乡建设,城关镇",
                                  header: "编号,信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位"),
                 expected: ["header.duplicate@\(file):1/信访件编号"]),
        BadInput(name: "missing required column",
                 files: casesFile("A1,2024-01-05,来访,城乡建设,城关镇", header: "信访件编号,登记日期,信访形式,问题领域,责任单位"),
                 expected: ["header.missing-column@\(file):1/内容分类"]),
        BadInput(name: "units.csv without a name column", files: ["units.csv": utf8("单位名称\n城关镇\n"),
                                                                  "cases/a.csv": utf8("\(corpusCaseHeader)\n")],
                 expected: ["header.missing-column@units.csv:1/名称"]),
    ]

    static let cells: [BadInput] = [
        BadInput(name: "2023-02-29", files: casesFile("A1,2023-02-29,来访,1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.date@\(file):2/登记日期"]),
        BadInput(name: "2024-13-01", files: casesFile("A1,2024-13-01,来访,1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.date@\(file):2/登记日期"]),
        BadInput(name: "year 0 and year 10000", files: casesFile("A1,0000-01-01,来访,1,申诉求决,城乡建设,城关镇,,,",
                                                                 "A2,10000-01-01,来访,1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.date@\(file):2/登记日期", "cell.date@\(file):3/登记日期"]),
        BadInput(name: "implausible years (fuzzer: 04840622, a typo 0202 for 2022)",
                 files: casesFile("A1,04840622,来访,1,申诉求决,城乡建设,城关镇,,,", "A2,0202-01-05,来访,1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.date@\(file):2/登记日期", "cell.date@\(file):3/登记日期"]),
        BadInput(name: "impossible time after a date", files: casesFile("A1,2024-01-05 25:99:00:00,来访,1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.date@\(file):2/登记日期"]),
        BadInput(name: "Chinese numeral date", files: casesFile("A1,二〇二四年一月五日,来访,1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.date@\(file):2/登记日期"]),
        BadInput(name: "negative count", files: casesFile("A1,2024-01-05,来访,-1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.integer@\(file):2/人数"]),
        BadInput(name: "人数 0", files: casesFile("A1,2024-01-05,来访,0,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.persons@\(file):2/人数"]),
        BadInput(name: "huge integer", files: casesFile("A1,2024-01-05,来访,99999999999,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.integer@\(file):2/人数"]),
        BadInput(name: "misplaced thousands separator", files: casesFile("A1,2024-01-05,来访,\"1,2345\",申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.integer@\(file):2/人数"]),
        BadInput(name: "unknown unit", files: casesFile("A1,2024-01-05,来访,1,申诉求决,城乡建设,城关,,,"),
                 expected: ["cell.unknown-name@\(file):2/责任单位"]),
        BadInput(name: "unknown domain", files: casesFile("A1,2024-01-05,来访,1,申诉求决,城建,城关镇,,,"),
                 expected: ["cell.unknown-name@\(file):2/问题领域"]),
        BadInput(name: "unknown channel", files: casesFile("A1,2024-01-05,飞鸽传书,1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.choice@\(file):2/信访形式"]),
        BadInput(name: "empty required cell", files: casesFile(",2024-01-05,来访,1,申诉求决,城乡建设,城关镇,,,"),
                 expected: ["cell.required@\(file):2/信访件编号"]),
    ]

    static let rules: [BadInput] = [
        BadInput(name: "受理日期 before 登记日期", files: casesFile("A1,2024-01-05,来访,1,申诉求决,城乡建设,城关镇,受理,2024-01-04,"),
                 expected: ["case.accepted-before-registered@\(file):2/受理日期"]),
        BadInput(name: "办结日期 on a 不予受理 case", files: casesFile("A1,2024-01-05,来访,1,申诉求决,城乡建设,城关镇,不予受理,2024-01-06,2024-01-09"),
                 expected: ["case.closed-not-accepted@\(file):2/办结日期"]),
        BadInput(name: "办结日期 before 受理日期", files: casesFile("A1,2024-01-05,来访,1,申诉求决,城乡建设,城关镇,受理,2024-01-08,2024-01-07"),
                 expected: ["case.closed-before-accepted@\(file):2/办结日期"]),
        BadInput(name: "same 信访件编号 twice in one file", files: casesFile(corpusValidRow, corpusValidRow),
                 expected: ["case.duplicate-id@\(file):3/信访件编号"]),
    ]

    static let folders: [BadInput] = [
        BadInput(name: "a directory named x.csv is the only thing in cases/", files: ["units.csv": corpusUnits],
                 expected: ["content.no-cases@cases/:0/-"],
                 prepare: { try FileManager.default.createDirectory(at: $0.appendingPathComponent("cases/x.csv"), withIntermediateDirectories: true) }),
        BadInput(name: "named pipe called a.csv in cases/ (must not block)", files: ["units.csv": corpusUnits],
                 expected: ["file.unreadable@cases/a.csv:0/-"],
                 prepare: { root in
                     try FileManager.default.createDirectory(at: root.appendingPathComponent("cases"), withIntermediateDirectories: true)
                     #expect(mkfifo(root.appendingPathComponent("cases/a.csv").path, 0o644) == 0)
                 }),
        BadInput(name: "sparse 3 GB file in cases/ (must not be loaded)", files: casesFile(corpusValidRow),
                 expected: ["file.unreadable@cases/b.csv:0/-"],
                 prepare: { root in
                     #expect(FileManager.default.createFile(atPath: root.appendingPathComponent("cases/b.csv").path, contents: nil))
                     #expect(truncate(root.appendingPathComponent("cases/b.csv").path, 3 << 30) == 0)
                 }),
        BadInput(name: "units.csv is a folder", files: ["cases/a.csv": utf8("\(corpusCaseHeader)\n")],
                 expected: ["file.unreadable@units.csv:0/-"],
                 prepare: { try FileManager.default.createDirectory(at: $0.appendingPathComponent("units.csv"), withIntermediateDirectories: true) }),
        BadInput(name: "no cases folder at all", files: ["units.csv": corpusUnits], expected: ["content.no-cases@cases/:0/-"]),
        BadInput(name: "symlink loops inside cases/", files: casesFile(corpusValidRow),
                 expected: ["file.unreadable@cases/self.csv:0/-"],
                 prepare: { root in
                     let cases = root.appendingPathComponent("cases")
                     try FileManager.default.createSymbolicLink(atPath: cases.appendingPathComponent("self.csv").path,
                                                                withDestinationPath: "self.csv")
                     try FileManager.default.createSymbolicLink(atPath: cases.appendingPathComponent("up").path,
                                                                withDestinationPath: ".")
                 }),
    ]

    static let otherTables: [BadInput] = [
        BadInput(name: "units.csv is a workbook", files: ["units.csv": [0x50, 0x4B, 0x03, 0x04],
                                                          "cases/a.csv": utf8("\(corpusCaseHeader)\n")],
                 expected: ["encoding.workbook@units.csv:0/-"]),
        BadInput(name: "units.csv repeats a name", files: ["units.csv": utf8("名称\n城关镇\n城关镇\n"),
                                                           "cases/a.csv": utf8("\(corpusCaseHeader)\n")],
                 expected: ["list.duplicate-name@units.csv:0/名称"]),
        BadInput(name: "domains.csv with a bad boolean", files: casesFile(corpusValidRow).merging(
            ["domains.csv": utf8("名称,重点领域\n城乡建设,也许\n")]) { $1 },
                 expected: ["cell.boolean@domains.csv:2/重点领域"]),
        BadInput(name: "receptions with a negative batch count", files: casesFile(corpusValidRow).merging(
            ["receptions/a.csv": utf8("日期,接访领导,批次,人次\n2024-01-05,王某,-2,3\n")]) { $1 },
                 expected: ["cell.integer@receptions/a.csv:2/批次"]),
        BadInput(name: "publicity with more passed than examinees", files: casesFile(corpusValidRow).merging(
            ["publicity/a.csv": utf8("日期,活动名称,考试人数,合格人数\n2024-01-05,培训,3,4\n")]) { $1 },
                 expected: ["publicity.passed-over-examinees@publicity/a.csv:2/合格人数"]),
    ]
}
