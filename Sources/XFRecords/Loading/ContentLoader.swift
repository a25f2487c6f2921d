import Foundation
import XFCalendar
import XFSettings
import XFSource
import XFTable

/// Reads a content folder (DATA.md) into `Content`: settings first (they may set
/// the cut-off), then units and domains (which cases refer to), then case exports
/// in file-name order, receptions and publicity. Every problem is collected; none
/// stops the others from being found.
public struct ContentLoader {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    public struct Result: Sendable {
        public var content: Content
        public var diagnostics: Diagnostics
        /// The text files read that a report may quote (the settings; never tables).
        public var sources = SourceFiles()
    }

    public func load() -> Result {
        var diagnostics = Diagnostics()
        var report = LoadReport()
        var latest: CivilDate?

        guard isDirectory(directory) else {
            diagnostics.append(Diagnostic(code: .contentMissing, at: SourceLocation(file: directory.path),
                                          message: "找不到内容文件夹。",
                                          fix: "用 --content 指定放数据的文件夹（其中应有 cases 子文件夹）。"))
            return Result(content: Content(), diagnostics: diagnostics)
        }
        var sources = SourceFiles()
        let settings = loadSettings(&diagnostics, &sources)
        let cutoff = settings.cutoff

        func readTable(_ path: String) -> TableSource? {
            switch TableSource.read(directory.appendingPathComponent(path), as: path) {
            case .success(let file): return file
            case .failure(let problem): diagnostics.append(problem); return nil
            }
        }

        var units: [Unit] = []
        let unitsPath = listFile("units", &diagnostics)
        let hasUnitsFile = unitsPath != nil
        if let unitsPath, let file = readTable(unitsPath) {
            var loader = SmallTableLoader<Unit>(schema: .units, cutoff: cutoff)
            report.files.append(loader.read(file, TableReaders.unit))
            units = unique(loader.records, by: \.name, file: unitsPath, &diagnostics)
            units = capped(units, at: CaseRecord.maxUnits, file: unitsPath, code: .contentTooManyUnits, what: "责任单位",
                           &diagnostics, name: \.name)
            diagnostics.append(contentsOf: loader.diagnostics)
            report.skippedRows += loader.skipped
        }
        var domains = Domain.defaults
        if let domainsPath = listFile("domains", &diagnostics), let file = readTable(domainsPath) {
            var loader = SmallTableLoader<Domain>(schema: .domains, cutoff: cutoff)
            report.files.append(loader.read(file, TableReaders.domain))
            domains = unique(loader.records, by: \.name, file: domainsPath, &diagnostics)
            domains = capped(domains, at: CaseRecord.maxDomains, file: domainsPath, code: .contentTooManyDomains,
                             what: "问题领域", &diagnostics, name: \.name)
            diagnostics.append(contentsOf: loader.diagnostics)
            report.skippedRows += loader.skipped
        }

        let caseFiles = tableFiles(in: "cases", &diagnostics)
        if caseFiles.isEmpty {
            diagnostics.append(Diagnostic(code: .contentNoCases, at: SourceLocation(file: "cases/"),
                                          message: "cases 文件夹中没有任何 CSV 文件或 Excel 工作簿，无法计算指标。",
                                          fix: "把信访系统导出的信访事项表（CSV、.xlsx 或 .xls）放进 cases 文件夹。"))
        }
        var cases = CaseLoader(units: ByteStringIndex(units.map(\.name)), domains: ByteStringIndex(domains.map(\.name)),
                               collectsUnits: !hasUnitsFile, cutoff: cutoff)
        if cases.collectsUnits {
            for path in caseFiles {
                guard let file = readTable(path) else { continue }
                switch cases.read(file) {
                case .success(let read): report.files.append(read)
                case .failure(let problem): diagnostics.append(problem)
                }
            }
        } else {
            // Decoding and parsing on all cores; merging here, in file-name order.
            let parser = cases.fileParser
            let directory = directory
            OrderedParallel.run(count: caseFiles.count, work: { number -> Swift.Result<ParsedExport, Diagnostic> in
                let path = caseFiles[number]
                var fileParser = parser
                return CaseFileParser.read(directory.appendingPathComponent(path), as: path).flatMap { fileParser.parse($0) }
            }, consume: { _, outcome in
                switch outcome {
                case .success(let parsed): report.files.append(cases.merge(parsed))
                case .failure(let problem): diagnostics.append(problem)
                }
            })
        }
        diagnostics.append(contentsOf: cases.diagnostics)
        report.skippedRows += cases.skipped
        report.caseRowsRead = cases.rowsRead
        latest.raise(to: cases.latestDate)
        if !hasUnitsFile {
            units = (0..<cases.units.count).map { Unit(name: cases.units.string(at: $0)) }
            diagnostics.append(Diagnostic(.warning, code: .contentNoUnits, at: SourceLocation(file: "units.csv"),
                                          message: "没有 units.csv：责任单位按信访事项中首次出现的顺序列出，类型都按「镇街」处理。",
                                          fix: "建议建立 units.csv（列：名称、类型、简称），排名和图表会按其中的顺序和简称显示。"))
        }
        let unitIndex = NameTable(ByteStringIndex(units.map(\.name)))

        var receptions: [Reception] = []
        var receptionLoader = SmallTableLoader<Reception>(schema: .receptions, cutoff: cutoff)
        for path in tableFiles(in: "receptions", &diagnostics) {
            guard let file = readTable(path) else { continue }
            report.files.append(receptionLoader.read(file) { TableReaders.reception(&$0, units: unitIndex) })
        }
        receptions = receptionLoader.records
        diagnostics.append(contentsOf: receptionLoader.diagnostics)
        report.skippedRows += receptionLoader.skipped
        latest.raise(to: receptionLoader.latestDate)

        var activityLoader = SmallTableLoader<Activity>(schema: .publicity, cutoff: cutoff)
        for path in tableFiles(in: "publicity", &diagnostics) {
            guard let file = readTable(path) else { continue }
            report.files.append(activityLoader.read(file) { TableReaders.activity(&$0, units: unitIndex) })
        }
        diagnostics.append(contentsOf: activityLoader.diagnostics)
        report.skippedRows += activityLoader.skipped
        latest.raise(to: activityLoader.latestDate)

        var store = cases.store
        store.shrinkToFit()
        report.earliestRegistration = store.records.lazy.map(\.registered).min()
        report.latestDate = latest
        let content = Content(settings: settings, units: units, domains: domains, cases: store, receptions: receptions,
                              activities: activityLoader.records, cutoff: cutoff ?? latest, report: report)
        return Result(content: content, diagnostics: diagnostics, sources: sources)
    }

    // MARK: Files

    private func loadSettings(_ diagnostics: inout Diagnostics, _ sources: inout SourceFiles) -> SiteSettings {
        let path = "site.toml"
        guard exists(path) else { return SiteSettings() }
        switch SourceText.read(directory.appendingPathComponent(path).path, as: path, kind: .settings) {
        case .failure(let problem):
            diagnostics.append(problem)
            return SiteSettings()
        case .success(let text):
            sources.add(text, path: path)
            let (settings, problems) = SettingsParser.parse(text, file: path)
            diagnostics.append(contentsOf: problems)
            return settings
        }
    }

    /// `units.csv` or the same table as a workbook (`units.xlsx`, `.xlsm`, `.xls`); two of them is an error.
    private func listFile(_ name: String, _ diagnostics: inout Diagnostics) -> String? {
        let found = ([".csv"] + TableSource.workbookExtensions).map { name + $0 }.filter(exists)
        if found.count > 1 {
            diagnostics.append(Diagnostic(code: .contentDuplicateTable, at: SourceLocation(file: found[0]),
                                          message: "同时有 \(found.joined(separator: " 和 "))，不知道以哪个为准，都未读取。",
                                          fix: "只保留其中一个文件，把其余的移出内容文件夹。"))
            return nil
        }
        return found.first
    }

    private func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path)
    }

    private func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }

    /// The CSV files and workbooks below `folder`, relative to the content folder, in
    /// byte order of their paths. Unreadable folders are reported, never skipped
    /// silently; other files (READMEs, hidden files) are ignored with a note.
    private func tableFiles(in folder: String, _ diagnostics: inout Diagnostics) -> [String] {
        let root = directory.appendingPathComponent(folder)
        guard isDirectory(root) else { return [] }
        guard let walker = FileManager.default.enumerator(atPath: root.path) else {
            diagnostics.append(Diagnostic(code: .contentUnreadableFolder, at: SourceLocation(file: folder + "/"),
                                          message: "无法读取文件夹。", fix: "检查该文件夹的读取权限。"))
            return []
        }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            let path = folder + "/" + relative
            let name = (relative as NSString).lastPathComponent
            let lower = name.lowercased()
            if name.hasPrefix(".") || name.hasPrefix("~$") { continue }
            if isDirectory(root.appendingPathComponent(relative)) { continue }
            if lower.hasSuffix(".csv") || TableSource.isWorkbook(lower) {
                paths.append(path)
            } else if lower != "readme.md" && lower != "readme.txt" {
                diagnostics.append(Diagnostic(.warning, code: .contentIgnoredFile, at: SourceLocation(file: path),
                                              message: "不是 CSV 文件或 Excel 工作簿，已忽略。", fix: "如是数据，请另存为 .xlsx 或 CSV；否则可移出该文件夹。"))
            }
        }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The first `limit` items; more is an error located at the first one left out
    /// (a record keeps its unit and domain in 16 bits).
    private func capped<T>(_ items: [T], at limit: Int, file: String, code: DiagnosticCode, what: String,
                           _ diagnostics: inout Diagnostics, name: KeyPath<T, String>) -> [T] {
        guard items.count > limit else { return items }
        diagnostics.append(Diagnostic(code: code, at: SourceLocation(file: file, column: "名称"),
                                      value: items[limit][keyPath: name],
                                      message: "\(what)超过 \(limit) 个（共 \(items.count) 个），从这一行起的名称无法收录。",
                                      fix: "检查 \(file) 是否混入了其他表格的内容；同一\(what)只应列一行。"))
        return Array(items.prefix(limit))
    }

    /// Keeps the first of each name; a repeated name is an error.
    private func unique<T>(_ items: [T], by name: KeyPath<T, String>, file: String, _ diagnostics: inout Diagnostics) -> [T] {
        var seen = Set<String>()
        var kept: [T] = []
        var problems = DiagnosticLimiter()
        defer { diagnostics.append(contentsOf: problems.diagnostics) }
        for item in items {
            if seen.insert(item[keyPath: name]).inserted { kept.append(item); continue }
            problems.append(Diagnostic(code: .listDuplicateName, at: SourceLocation(file: file, column: "名称"),
                                          value: item[keyPath: name], message: "名称重复出现。",
                                          fix: "每个名称只能出现一次，删去重复的一行。"))
        }
        return kept
    }
}

extension Optional where Wrapped == CivilDate {
    /// Moves to `other` when it is later (nil counts as earliest).
    mutating func raise(to other: CivilDate?) {
        guard let other else { return }
        if let current = self, current >= other { return }
        self = other
    }
}
