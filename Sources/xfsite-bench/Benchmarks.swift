import Foundation
import XFIndicators
import XFPages
import XFRecords
import XFSite
import XFSource

/// The figures `xfsite-bench` reports: wall time (median of runs), throughput,
/// and memory from the kernel's own accounting (/proc/self/status).
enum Benchmarks {
    static let all: [String: @Sendable (URL, Int) -> String] = [
        "ingest": ingest,
        "snapshots": snapshots,
        "build": build,
        "pages": pages,
        "scan": scan,
        "datafiles": dataFiles,
        "reports": reports,
        "workbook": workbook,
    ]

    /// The period reports (pages, Word files, report.csv/json) into memory, after
    /// loading and computing once; the engine's share for the report windows is
    /// timed apart by computing the figures with and without them.
    static func reports(_ content: URL, runs: Int) -> String {
        let loaded = ContentLoader(directory: content).load().content
        let templates: SiteTemplates
        do { templates = try SiteTemplates() } catch { return "reports: \(error)" }
        var engine: [Double] = []
        var snapshots: SnapshotSet?
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            snapshots = IndicatorEngine(content: loaded).run()
            engine.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        guard let snapshots else { return "" }
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var files = 0, documents = 0, bytes = 0
        for _ in 0..<max(1, runs) {
            let sink = MemorySink()
            let cpuStart = ProcessMemory.cpuSeconds()
            let start = DispatchTime.now().uptimeNanoseconds
            do { files = try DashboardSite(facts: ContentFacts(loaded), snapshots: snapshots, templates: templates).writeReports(to: sink) } catch {
                return "reports: \(error)"
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            cpuTimes.append(ProcessMemory.cpuSeconds() - cpuStart)
            documents = sink.files.keys.filter { $0.hasSuffix(".docx") }.count
            bytes = sink.files.values.reduce(0) { $0 + $1.count }
        }
        func engineCPU(_ windows: Bool) -> Double {
            let times = (0..<max(3, runs)).map { _ in
                let start = ProcessMemory.cpuSeconds()
                _ = IndicatorEngine(content: loaded).run(reportWindows: windows)
                return ProcessMemory.cpuSeconds() - start
            }
            return times.sorted()[times.count / 2]
        }
        let withWindows = engineCPU(true), withoutWindows = engineCPU(false)
        return """
        reports  \(content.path)
          \(loaded.cases.count) cases, \(snapshots.snapshots.count) snapshots; figures (engine, with report windows) median \(format(engine.sorted()[engine.count / 2])) s
          engine CPU median \(format(withWindows)) s with the report windows, \(format(withoutWindows)) s without: windows \(format(withWindows - withoutWindows)) s
          \(files) files (\(documents) .docx), \(format(Double(bytes) / 1e6)) MB written to memory
          time median \(format(times.sorted()[times.count / 2])) s wall, CPU \(format(cpuTimes.sorted()[cpuTimes.count / 2])) s over \(times.count) runs
        """
    }

    /// Writing the intranet dashboard pages into memory (templates from
    /// `site-templates/` in the current folder), after loading and computing once.
    static func pages(_ content: URL, runs: Int) -> String {
        let loaded = ContentLoader(directory: content).load().content
        let figuresStart = DispatchTime.now().uptimeNanoseconds
        let snapshots = IndicatorEngine(content: loaded).run()
        let figures = Double(DispatchTime.now().uptimeNanoseconds - figuresStart) / 1e9
        let templates: SiteTemplates
        do { templates = try SiteTemplates() } catch { return "pages: \(error)" }
        let timed: Runs, sink: MemorySink
        do {
            (timed, sink) = try Runs.time(runs) {
                let sink = MemorySink()
                try DashboardSite(facts: ContentFacts(loaded), snapshots: snapshots, templates: templates).write(to: sink)
                return sink
            }
        } catch { return "pages: \(error)" }
        let times = timed.wall
        let files = sink.files.count
        let bytes = sink.files.values.reduce(0) { $0 + $1.count }
        let median = timed.medianWall
        let cpu = timed.medianCPU
        return """
        pages  \(content.path)
          \(loaded.cases.count) cases, \(snapshots.snapshots.count) snapshots, figures \(format(figures)) s
          \(files) files, \(format(Double(bytes) / 1e6)) MB written to memory
          time median \(format(median)) s over \(times.count) runs (min \(format(times.min()!)))
          \(format(Double(files) / median)) pages/s, \(String(format: "%.3f", median / Double(max(files, 1)) * 1000)) ms per page (wall)
          CPU median \(format(cpu)) s on all cores = \(String(format: "%.3f", cpu / Double(max(files, 1)) * 1000)) ms of CPU per page
        """
    }

    /// Reading and merging every content table.
    static func ingest(_ content: URL, runs: Int) -> String {
        let before = ProcessMemory.residentBytes()
        let (timed, result) = Runs.time(runs) { ContentLoader(directory: content).load() }
        let times = timed.wall
        let retained = ProcessMemory.residentBytes() - before
        let bytes = inputBytes(content)
        let rows = result.content.report.caseRowsRead
        let cases = result.content.cases.count
        let median = timed.medianWall
        let cpu = timed.medianCPU
        return """
        ingest  \(content.path)
          files \(result.content.report.files.count), \(format(Double(bytes) / 1e6)) MB, \(rows) case rows, \(cases) cases, \(result.diagnostics.errorCount) errors
          time median \(format(median)) s over \(times.count) runs (min \(format(times.min()!)), max \(format(times.max()!)))
          CPU time median \(format(cpu)) s (user + system; the fair figure on a shared machine)
          throughput \(format(Double(bytes) / 1e6 / median)) MB/s wall, \(format(Double(bytes) / 1e6 / cpu)) MB/s CPU, \(format(Double(rows) / cpu / 1e6)) M rows/s CPU
          case store \(format(Double(result.content.cases.heapBytes) / Double(max(cases, 1)))) bytes/case (records \(MemoryLayout<CaseRecord>.stride) + ids + index)
          memory retained after load \(format(Double(retained) / 1e6)) MB = \(format(Double(retained) / Double(max(cases, 1)))) bytes/case; peak RSS \(format(Double(ProcessMemory.peakResidentBytes()) / 1e6)) MB
        """
    }

    /// Computing every snapshot's figures from loaded content (ingest not counted).
    static func snapshots(_ content: URL, runs: Int) -> String {
        let loaded = ContentLoader(directory: content).load().content
        var times: [Double] = []
        var set: SnapshotSet?
        for _ in 0..<max(1, runs) {
            set = nil
            let start = DispatchTime.now().uptimeNanoseconds
            set = IndicatorEngine(content: loaded).run()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let count = set?.snapshots.count ?? 0
        let rows = set?.snapshots.reduce(0) { $0 + $1.rows.count } ?? 0
        let median = times.sorted()[times.count / 2]
        return """
        snapshots  \(content.path)
          \(loaded.cases.count) cases, \(loaded.units.count) units, \(loaded.domains.count) domains -> \(count) snapshots, \(rows) indicator rows
          time median \(format(median)) s over \(times.count) runs (min \(format(times.min()!)), max \(format(times.max()!)))
        """
    }

    /// The whole build, from reading content to the swapped-in site folder: wall
    /// median, CPU, peak RSS, files and bytes written, time per page.
    static func build(_ content: URL, runs: Int) -> String {
        // Each run builds into a folder of its own, removed after all runs: a build
        // made within minutes of deleting 13,000 files pays for ext4 skipping the
        // recently deleted inodes (`find_inode_bit`, `recently_deleted`), up to a
        // third of the CPU time; a bureau's daily build never does.
        let outputs = (0..<max(1, runs)).map {
            FileManager.default.temporaryDirectory.appendingPathComponent("xfsite-bench-site-\($0 + 1)")
        }
        for folder in outputs { removeSite(folder) }
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var summary: SiteBuild.Summary?
        var scanTimes: [Double] = []
        let steps = StepTimes()
        var syncTimes: [Double] = []
        let loadBefore = loadAverage()
        for output in outputs {
            // Outside the timed region: the previous run's (or another program's)
            // dirty pages are written back now, not charged to this run's `syncfs`.
            let syncStart = DispatchTime.now().uptimeNanoseconds
            sync()
            syncTimes.append(Double(DispatchTime.now().uptimeNanoseconds - syncStart) / 1e9)
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = ProcessMemory.cpuSeconds()
            summary = try? SiteBuild(content: content.path, output: output).publish(using: steps.timed(SiteBuild.steps))
            scanTimes.append(summary?.scanSeconds ?? 0)
            cpuTimes.append(ProcessMemory.cpuSeconds() - cpuStart)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let output = outputs[outputs.count - 1]
        let tree = treeFigures(output)
        let median = times.sorted()[times.count / 2]
        let cpu = cpuTimes.sorted()[cpuTimes.count / 2]
        let scan = scanTimes.sorted()[scanTimes.count / 2]
        let siteBytes = folderBytes(output)
        for folder in outputs { removeSite(folder) }
        let pages = max(tree.pages, 1)
        return """
        build  \(content.path)
          \(summary?.snapshots ?? 0) snapshots, \(tree.files) files (\(tree.pages) HTML pages, largest \(format(Double(tree.largestPage) / 1e3)) KB, \(tree.pagesOver300KB) over 300 KB) in \(tree.folders) folders, \(format(Double(tree.bytes) / 1e6)) MB written
          wall median \(format(median)) s over \(times.count) runs (min \(format(times.min()!)), max \(format(times.max()!)))
          each run into a new folder; sync() before each run, not timed (median \(format(Runs.median(syncTimes))) s); load average \(loadBefore) before, \(loadAverage()) after
          CPU median \(format(cpu)) s (user + system, all threads); peak RSS \(format(Double(ProcessMemory.peakResidentBytes()) / 1e6)) MB
          \(String(format: "%.3f", median * 1000 / Double(pages))) ms wall, \(String(format: "%.3f", cpu * 1000 / Double(pages))) ms CPU per page (whole build / pages)
          pre-publish personal-data scan: median \(format(scan)) s CPU over \(format(Double(siteBytes) / 1e6)) MB of output (\(format(scan * 100 / max(cpu, 1e-9)))% of the build's CPU time)
        steps (median wall / CPU of all threads):
        \(steps.report())
        """
    }

    /// Wall and CPU time of each named build step, over all runs.
    final class StepTimes: @unchecked Sendable {
        private let lock = NSLock()
        private var names: [String] = []
        private var times: [String: [(wall: Double, cpu: Double)]] = [:]

        func timed(_ steps: [BuildStep]) -> [BuildStep] {
            steps.map { step in
                BuildStep(name: step.name) { (context: inout BuildContext) throws(BuildError) in
                    let start = DispatchTime.now().uptimeNanoseconds
                    let cpuStart = ProcessMemory.cpuSeconds()
                    defer {
                        self.record(step.name, wall: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                                    cpu: ProcessMemory.cpuSeconds() - cpuStart)
                    }
                    try step.run(&context)
                }
            }
        }

        private func record(_ name: String, wall: Double, cpu: Double) {
            lock.lock()
            defer { lock.unlock() }
            if times[name] == nil { names.append(name) }
            times[name, default: []].append((wall, cpu))
        }

        func report() -> String {
            names.map { name in
                let runs = times[name] ?? []
                let wall = runs.map(\.wall).sorted()[runs.count / 2], cpu = runs.map(\.cpu).sorted()[runs.count / 2]
                return "    \(name)  \(format(wall)) s / \(format(cpu)) s"
            }.joined(separator: "\n")
        }
    }

    static func folderBytes(_ root: URL) -> Int { treeFigures(root).bytes }

    /// A benchmark's output folder and the `.previous` an earlier build left beside it.
    static func removeSite(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()
            .appendingPathComponent(folder.lastPathComponent + ".previous"))
    }

    /// The 1, 5 and 15 minute load averages: how many others shared the cores.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    struct TreeFigures { var files = 0, pages = 0, folders = 0, bytes = 0, largestPage = 0, pagesOver300KB = 0 }

    static func treeFigures(_ root: URL) -> TreeFigures {
        var figures = TreeFigures()
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.fileSizeKey, .isDirectoryKey])
        while let url = walker?.nextObject() as? URL {
            let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isDirectoryKey])
            if values?.isDirectory == true { figures.folders += 1; continue }
            let size = values?.fileSize ?? 0
            figures.files += 1
            figures.bytes += size
            if url.pathExtension == "html" {
                figures.pages += 1
                figures.largestPage = max(figures.largestPage, size)
                if size > 300_000 { figures.pagesOver300KB += 1 }
            }
        }
        return figures
    }

    static func inputBytes(_ content: URL) -> Int {
        let walker = FileManager.default.enumerator(at: content, includingPropertiesForKeys: [.fileSizeKey])
        var total = 0
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension.lowercased() == "csv" else { continue }
            total += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        }
        return total
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}

/// Resident memory and CPU time as the kernel counts them.
enum ProcessMemory {
    /// CPU time of the whole process (all threads), which load on a shared machine hardly changes.
    static func cpuSeconds() -> Double {
        var usage = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &usage)
        return Double(usage.tv_sec) + Double(usage.tv_nsec) / 1e9
    }

    static func residentBytes() -> Int { field("VmRSS:") }
    static func peakResidentBytes() -> Int { field("VmHWM:") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
}
