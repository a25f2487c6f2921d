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
/// two batches of results are held in memory, and hands each result to
/// `deliver` in index order on the calling thread. While the calling thread
/// delivers one batch (writing files: mostly waiting on the file system), the
/// next batch is already being rendered.
enum ParallelBatches {
    /// What one batch of results may hold (two are in memory at once). A batch is
    /// two results per core, or one per core when results are large: a month of a
    /// 1,000-unit city is some 45 MB of pages, and eight months in flight took the
    /// stress build to within 6 % of its 1 GB.
    static let batchBudget = 64 << 20

    /// `itemBytes`: an estimate of one result's size.
    static func width(itemBytes: Int) -> Int {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return itemBytes * cores * 2 > batchBudget ? cores : cores * 2
    }

    static func run<Result>(count: Int, itemBytes: Int = 0, work: @Sendable (Int) -> Result,
                            deliver: (Int, Result) throws -> Void) rethrows {
        let width = width(itemBytes: itemBytes)
        try withoutActuallyEscaping(work) { work in
            let rendering = DispatchGroup()
            // Never return (or throw) while a batch is still being rendered.
            defer { rendering.wait() }
            func start(_ first: Int) -> Slots<Result> {
                let slots = Slots<Result>(first: first, count: min(count, first + width) - first)
                DispatchQueue.global().async(group: rendering) {
                    DispatchQueue.concurrentPerform(iterations: slots.count) { offset in
                        slots.set(offset, work(slots.first + offset))
                    }
                }
                return slots
            }
            var next = count > 0 ? start(0) : nil
            while let current = next {
                rendering.wait()
                let following = current.first + current.count
                next = following < count ? start(following) : nil
                for offset in 0 ..< current.count { try deliver(current.first + offset, current.take(offset)) }
            }
        }
    }

    /// Results of one batch; each slot is written by exactly one worker, and read
    /// only after the batch's rendering has finished.
    private final class Slots<Result>: @unchecked Sendable {
        let first: Int
        let count: Int
        private var values: [Result?]
        private let lock = NSLock()

        init(first: Int, count: Int) {
            self.first = first
            self.count = count
            values = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Result) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }

        func take(_ index: Int) -> Result { values[index]! }
    }
}
