import Foundation
import XFRecords
import XFSource

/// Workbook ingest next to CSV ingest of the same rows:
///   xfsite-bench workbook --content LARGE [--data DIR] [--runs N]
/// The data step (once, into `--data`, default /tmp/xf-workbook-bench) converts
/// the content's tables with `Tests/Tools/csv-to-workbooks.py`: every case file
/// to an `.xlsx` as Excel writes it (shared strings, date cells; XlsxWriter), and
/// the first 65,000 case rows (of the files with the first file's columns) to
/// one `.xls` sheet (xlwt) beside the same rows as CSV. Each format is then loaded in a child process of its own, so that peak
/// memory is that format's alone; figures are medians of `--runs`.
extension Benchmarks {
    static func workbook(_ content: URL, runs: Int) -> String {
        let arguments = ProcessInfo.processInfo.arguments
        func option(_ name: String) -> String? {
            guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count else { return nil }
            return arguments[index + 1]
        }
        if let format = option("one") { return WorkbookIngest.measure(content, format: format, runs: runs).line }
        let data = URL(fileURLWithPath: option("data") ?? "/tmp/xf-workbook-bench")
        do { try WorkbookIngest.prepare(from: content, into: data) } catch { return "workbook: \(error)" }
        let sets: [(label: String, folder: URL, format: String)] = [
            ("csv", content, "csv"),
            ("xlsx", data.appendingPathComponent("xlsx"), "xlsx"),
            ("csv 65k", data.appendingPathComponent("xls-csv"), "csv"),
            ("xls 65k", data.appendingPathComponent("xls"), "xls"),
        ]
        var figures: [String: WorkbookIngest.Figures] = [:]
        var lines = ["workbook  \(content.path) (data \(data.path)), \(runs) runs each, one process per format"]
        for set in sets {
            guard let measured = WorkbookIngest.child(set.folder, format: set.format, runs: runs) else {
                lines.append("  \(set.label): the child process failed")
                continue
            }
            figures[set.label] = measured
            lines.append("  " + measured.describe(set.label))
        }
        if let csv = figures["csv"], let xlsx = figures["xlsx"] {
            lines.append("  xlsx / csv: CPU \(format(xlsx.cpu / csv.cpu))×, wall \(format(xlsx.wall / csv.wall))× (target ≤ 2×, one core)")
        }
        if let csv = figures["csv 65k"], let xls = figures["xls 65k"] {
            lines.append("  xls / csv (65k rows): CPU \(format(xls.cpu / csv.cpu))×, wall \(format(xls.wall / csv.wall))×")
        }
        return lines.joined(separator: "\n")
    }
}

enum WorkbookIngest {
    struct Figures {
        var format: String
        var wall: Double
        var cpu: Double
        var rows: Int
        var cases: Int
        var errors: Int
        /// Bytes parsed: the CSV files, the workbook files, and for .xlsx also the uncompressed XML.
        var fileBytes: Int
        var xmlBytes: Int
        var largestSharedStrings: Int
        var peakRSS: Int
        var baselineRSS: Int
        var caseStore: Int

        var line: String {
            "FIGURES \(format) \(wall) \(cpu) \(rows) \(cases) \(errors) \(fileBytes) \(xmlBytes) \(largestSharedStrings) \(peakRSS) \(baselineRSS) \(caseStore)"
        }

        func describe(_ label: String) -> String {
            let mb = { (bytes: Int) in Benchmarks.format(Double(bytes) / 1e6) }
            var text = "\(label): \(rows) rows, \(cases) cases, \(errors) errors; CPU \(Benchmarks.format(cpu)) s, wall \(Benchmarks.format(wall)) s; "
                + "\(Benchmarks.format(Double(rows) / cpu / 1e6)) M rows/s CPU; files \(mb(fileBytes)) MB (\(mb(Int(Double(fileBytes) / cpu))) MB/s)"
            if xmlBytes > 0 {
                text += "; XML \(mb(xmlBytes)) MB uncompressed (\(mb(Int(Double(xmlBytes) / cpu))) MB/s), largest shared strings \(mb(largestSharedStrings)) MB"
            }
            text += "; peak RSS \(mb(peakRSS)) MB (\(mb(peakRSS - baselineRSS)) MB over the process at start), case store \(mb(caseStore)) MB"
            return text
        }
    }

    /// Loads `folder` `runs` times in this process.
    static func measure(_ folder: URL, format: String, runs: Int) -> Figures {
        let baseline = ProcessMemory.residentBytes()
        let (timed, result) = Runs.time(runs) { ContentLoader(directory: folder).load() }
        let files = tableFiles(folder)
        var xml = 0, largestStrings = 0
        for file in files where file.pathExtension == "xlsx" {
            for entry in ZipListing.entries(file) where entry.name.hasPrefix("xl/worksheets/") || entry.name == "xl/sharedStrings.xml" {
                xml += entry.size
                if entry.name == "xl/sharedStrings.xml" { largestStrings = max(largestStrings, entry.size) }
            }
        }
        let bytes = files.reduce(0) { $0 + ((try? $1.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0) }
        let content = result.content
        return Figures(format: format, wall: timed.medianWall, cpu: timed.medianCPU,
                       rows: content.report.caseRowsRead, cases: content.cases.count, errors: result.diagnostics.errorCount,
                       fileBytes: bytes, xmlBytes: xml, largestSharedStrings: largestStrings,
                       peakRSS: ProcessMemory.peakResidentBytes(), baselineRSS: baseline, caseStore: content.cases.heapBytes)
    }

    /// Runs `measure` in a child process (this executable with `--one`).
    static func child(_ folder: URL, format: String, runs: Int) -> Figures? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0])
        process.arguments = ["workbook", "--content", folder.path, "--runs", String(runs), "--one", format]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: "\n").lazy.compactMap { Figures(line: String($0)) }.first
    }

    /// The table files under a content folder.
    static func tableFiles(_ folder: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])
        var found: [URL] = []
        while let url = walker?.nextObject() as? URL {
            if ["csv", "xlsx", "xls"].contains(url.pathExtension.lowercased()) { found.append(url) }
        }
        return found
    }

    static let converter = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/Tools/csv-to-workbooks.py")

    /// Rows of the `.xls` set: within BIFF8's 65,536 rows per sheet.
    static let xlsRows = 65_000

    /// The data step: writes each workbook set unless a finished one (with its
    /// READY file) is there.
    static func prepare(from content: URL, into data: URL) throws {
        let manager = FileManager.default
        func ready(_ set: String) -> Bool { manager.fileExists(atPath: data.appendingPathComponent(set + "/READY").path) }
        func done(_ set: String) throws { try Data().write(to: data.appendingPathComponent(set + "/READY")) }
        if !ready("xlsx") {
            try? manager.removeItem(at: data.appendingPathComponent("xlsx"))
            try manager.createDirectory(at: data, withIntermediateDirectories: true)
            try convert(content, data.appendingPathComponent("xlsx"), ["--plain", "--shared-strings"])
            try done("xlsx")
        }
        if ready("xls") { return }
        try? manager.removeItem(at: data.appendingPathComponent("xls"))
        try? manager.removeItem(at: data.appendingPathComponent("xls-csv"))

        // The first 65,000 case rows as one CSV, then as one .xls sheet.
        let subset = data.appendingPathComponent("xls-csv")
        try manager.createDirectory(at: subset.appendingPathComponent("cases"), withIntermediateDirectories: true)
        for list in ["units.csv", "domains.csv"] where manager.fileExists(atPath: content.appendingPathComponent(list).path) {
            try manager.copyItem(at: content.appendingPathComponent(list), to: subset.appendingPathComponent(list))
        }
        let caseFiles = try manager.contentsOfDirectory(atPath: content.appendingPathComponent("cases").path)
            .filter { $0.hasSuffix(".csv") }.sorted()
        var lines: [Substring] = []
        var seen = Set<Substring>()
        var header: Substring?
        for name in caseFiles where lines.count < xlsRows {
            let text = try String(contentsOf: content.appendingPathComponent("cases/" + name), encoding: .utf8)
            var fileLines = text.split(separator: "\r\n", omittingEmptySubsequences: true)
            if fileLines.count == 1 { fileLines = text.split(separator: "\n") }
            // Exports differ in column order: only files with the first file's header join the one sheet.
            header = header ?? fileLines.first
            guard fileLines.first == header else { continue }
            // A case's later rows (its updates in later months) would be duplicates within the one sheet.
            for line in fileLines.dropFirst() where lines.count < xlsRows {
                let id = line.prefix { $0 != "," }
                if seen.insert(id).inserted { lines.append(line) }
            }
        }
        let csv = ([header ?? ""] + lines).joined(separator: "\r\n") + "\r\n"
        try Data(csv.utf8).write(to: subset.appendingPathComponent("cases/cases.csv"))
        try convert(subset, data.appendingPathComponent("xls"), ["--plain", "--xls"])
        try done("xls")
    }

    struct ConversionFailed: Error, CustomStringConvertible {
        let description: String
    }

    static func convert(_ source: URL, _ target: URL, _ options: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", converter.path, source.path, target.path] + options
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ConversionFailed(description: "csv-to-workbooks.py \(options.joined(separator: " ")) failed (needs python3 with XlsxWriter and xlwt)")
        }
    }
}

/// The entries of a ZIP's central directory (name, uncompressed size), enough
/// to count the XML a workbook holds; the reader itself lives in XFWorkbook.
enum ZipListing {
    static func entries(_ url: URL) -> [(name: String, size: Int)] {
        guard let data = FileManager.default.contents(atPath: url.path), data.count >= 22 else { return [] }
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        guard let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 65_557), by: -1)
            .first(where: { u32($0) == 0x0605_4B50 }) else { return [] }
        var at = u32(end + 16)
        var entries: [(String, Int)] = []
        for _ in 0..<u16(end + 10) {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4B50 else { break }
            let nameLength = u16(at + 28)
            guard at + 46 + nameLength <= bytes.count else { break }
            entries.append((String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self), u32(at + 24)))
            at += 46 + nameLength + u16(at + 30) + u16(at + 32)
        }
        return entries
    }
}

extension WorkbookIngest.Figures {
    /// Reads back `line` (what a child process prints).
    init?(line: String) {
        let words = line.split(separator: " ").map(String.init)
        guard words.count == 13, words[0] == "FIGURES", let wall = Double(words[2]), let cpu = Double(words[3]) else { return nil }
        let ints = words[4...].compactMap { Int($0) }
        guard ints.count == 9 else { return nil }
        self.init(format: words[1], wall: wall, cpu: cpu, rows: ints[0], cases: ints[1], errors: ints[2], fileBytes: ints[3],
                  xmlBytes: ints[4], largestSharedStrings: ints[5], peakRSS: ints[6], baselineRSS: ints[7], caseStore: ints[8])
    }
}
