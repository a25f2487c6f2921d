import Foundation

/// Wall and CPU seconds of each run of one measured body; benchmarks quote the medians.
struct Runs {
    var wall: [Double] = []
    var cpu: [Double] = []

    var medianWall: Double { Runs.median(wall) }
    var medianCPU: Double { Runs.median(cpu) }

    static func median(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.sorted()[values.count / 2]
    }

    /// Runs `body` `count` times (at least once), timing each run, and returns the
    /// last run's result. The previous result is released before the next run starts,
    /// so peak memory is one run's, not two.
    static func time<T>(_ count: Int, _ body: () throws -> T) rethrows -> (runs: Runs, last: T) {
        var runs = Runs()
        var last: T?
        for _ in 0..<max(1, count) {
            last = nil
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = ProcessMemory.cpuSeconds()
            last = try body()
            runs.cpu.append(ProcessMemory.cpuSeconds() - cpuStart)
            runs.wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return (runs, last!)
    }
}
