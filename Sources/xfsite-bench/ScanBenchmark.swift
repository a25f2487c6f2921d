import Foundation
import XFPublish

extension Benchmarks {
    /// The pre-publish personal-data scan alone, over every file of a built site
    /// (`--content` names the site folder): files read into memory first, then
    /// scanned; CPU time per run, throughput, and the numbers found (a sample or
    /// the large set must give none).
    static func scan(_ site: URL, runs: Int) -> String {
        let paths = siteFiles(under: site)
        let files = paths.compactMap { FileManager.default.contents(atPath: site.appendingPathComponent($0).path).map { [UInt8]($0) } }
        let bytes = files.reduce(0) { $0 + $1.count }
        let scanner = PersonalDataScanner()
        var times: [Double] = []
        var hits: [PersonalDataScanner.Hit] = []
        for _ in 0..<max(1, runs) {
            let start = ProcessMemory.cpuSeconds()
            hits = files.flatMap { scanner.scan($0) }
            times.append(ProcessMemory.cpuSeconds() - start)
        }
        let median = times.sorted()[times.count / 2]
        return """
        scan  \(site.path)
          \(files.count) files, \(format(Double(bytes) / 1e6)) MB; \(hits.count) numbers found\(hits.isEmpty ? "" : ": " + hits.prefix(5).map(\.masked).joined(separator: ", "))
          CPU median \(format(median)) s over \(times.count) runs (\(format(Double(bytes) / 1e6 / max(median, 1e-9))) MB/s)
        """
    }

    /// Every regular file under a folder, relative, sorted (hidden ones included).
    private static func siteFiles(under folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [String] = []
        let base = folder.standardizedFileURL.path
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            found.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
        }
        return found.sorted()
    }
}
