import Foundation

/// Collects the files of one unit of work (one snapshot's pages) in memory, so
/// that snapshots can be rendered in parallel and still be written in a fixed
/// order: same input, same bytes, same write order.
final class BufferSink: PageSink {
    private(set) var files: [(path: String, bytes: [UInt8])] = []

    func write(_ path: String, _ bytes: [UInt8]) throws {
        files.append((path, bytes))
    }
}

/// Runs `work` for every index on all cores, a batch at a time so that at most
/// one batch of results is held in memory, and hands each result to `deliver`
/// in index order on the calling thread.
enum ParallelBatches {
    static func run<Result>(count: Int, work: @Sendable (Int) -> Result, deliver: (Int, Result) throws -> Void) rethrows {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var start = 0
        while start < count {
            let first = start
            let end = min(count, first + width * 2)
            let slots = Slots<Result>(count: end - first)
            DispatchQueue.concurrentPerform(iterations: end - first) { offset in
                slots.set(offset, work(first + offset))
            }
            for offset in 0 ..< end - start { try deliver(start + offset, slots.take(offset)) }
            start = end
        }
    }

    /// Results of one batch; each slot is written by exactly one worker, and read
    /// only after `concurrentPerform` has returned.
    private final class Slots<Result>: @unchecked Sendable {
        private var values: [Result?]
        private let lock = NSLock()

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }

        func take(_ index: Int) -> Result { values[index]! }
    }
}
