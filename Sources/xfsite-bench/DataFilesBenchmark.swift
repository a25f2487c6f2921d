import Foundation
import XFIndicators
import XFPages
import XFRecords

extension Benchmarks {
    /// The build's `指标数据文件` step alone (indicators.csv/json, comparisons.csv,
    /// rankings.csv of every snapshot) into memory, after loading and computing once.
    static func dataFiles(_ content: URL, runs: Int) -> String {
        let loaded = ContentLoader(directory: content).load().content
        let snapshots = IndicatorEngine(content: loaded).run()
        let timed: Runs, sink: MemorySink
        do {
            (timed, sink) = try Runs.time(runs) {
                let sink = MemorySink()
                _ = try IndicatorDataFiles.write(snapshots, to: sink)
                return sink
            }
        } catch { return "datafiles: \(error)" }
        var bytes: [String: Int] = [:]
        for (path, file) in sink.files { bytes[String(path.split(separator: "/").last ?? ""), default: 0] += file.count }
        let sizes = bytes.keys.sorted().map { "\($0) \(format(Double(bytes[$0]!) / 1e6)) MB" }.joined(separator: ", ")
        return """
        datafiles  \(content.path)
          \(loaded.cases.count) cases, \(snapshots.snapshots.count) snapshots, \(snapshots.scopes.count) scopes; \(sink.files.count) files: \(sizes)
          time median \(format(timed.medianWall)) s wall, CPU median \(format(timed.medianCPU)) s over \(timed.wall.count) runs
        """
    }
}
