import Foundation
import XFIndicators
import XFPages
import XFRecords

/// The figures `xfsite-bench` reports: wall time (median of runs), throughput,
/// and memory from the kernel's own accounting (/proc/self/status).
public enum Benchmarks {
    public static let all: [String: @Sendable (URL, Int) -> String] = [
        "ingest": ingest,
        "snapshots": snapshots,
        "build": build,
    ]

    /// Reading and merging every content table.
    static func ingest(_ content: URL, runs: Int) -> String {
        let before = ProcessMemory.residentBytes()
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var result: ContentLoader.Result?
        for _ in 0..<max(1, runs) {
            result = nil
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = ProcessMemory.cpuSeconds()
            result = ContentLoader(directory: content).load()
            cpuTimes.append(ProcessMemory.cpuSeconds() - cpuStart)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        guard let result else { return "" }
        let retained = ProcessMemory.residentBytes() - before
        let bytes = inputBytes(content)
        let rows = result.content.report.caseRowsRead
        let cases = result.content.cases.count
        let median = times.sorted()[times.count / 2]
        let cpu = cpuTimes.sorted()[cpuTimes.count / 2]
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

    /// The whole build, from reading content to the swapped-in site folder.
    static func build(_ content: URL, runs: Int) -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("xfsite-bench-site")
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var summary: SiteBuild.Summary?
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = ProcessMemory.cpuSeconds()
            let loaded = ContentLoader(directory: content).load().content
            let guides = GuideLibrary.load(contentDirectory: content).guides
            summary = try? SiteBuild.run(content: loaded, output: output, guides: guides)
            cpuTimes.append(ProcessMemory.cpuSeconds() - cpuStart)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let pages = countFiles(output, extension: "html")
        let median = times.sorted()[times.count / 2]
        let cpu = cpuTimes.sorted()[cpuTimes.count / 2]
        try? FileManager.default.removeItem(at: output)
        return """
        build  \(content.path)
          \(summary?.snapshots ?? 0) snapshots, \(summary?.files ?? 0) files, \(pages) HTML pages
          time median \(format(median)) s wall, \(format(cpu)) s CPU over \(times.count) runs (min \(format(times.min()!)), max \(format(times.max()!)))
          \(pages > 0 ? format(median * 1000 / Double(pages)) : "—") ms per page (whole build / pages); peak RSS \(format(Double(ProcessMemory.peakResidentBytes()) / 1e6)) MB
        """
    }

    static func countFiles(_ root: URL, extension ext: String) -> Int {
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var count = 0
        while let url = walker?.nextObject() as? URL {
            if url.pathExtension == ext { count += 1 }
        }
        return count
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
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func residentBytes() -> Int { field("VmRSS:") }
    static func peakResidentBytes() -> Int { field("VmHWM:") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
}
