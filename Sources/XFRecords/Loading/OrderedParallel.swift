import Foundation

/// Runs `work(i)` for `0..<count` on worker threads (one per core) and hands each
/// result to `consume` on the calling thread in index order, while later items are
/// still being worked on. Workers stay at most `window` items ahead of `consume`,
/// so memory holds a few results, not all of them.
enum OrderedParallel {
    static func run<T: Sendable>(count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int = 4,
                                 work: @escaping @Sendable (Int) -> T, consume: (Int, T) -> Void) {
        let threads = min(max(1, workers), count)
        guard threads > 1 else {
            for i in 0..<count { consume(i, work(i)) }
            return
        }
        let state = State<T>(count: count)
        let group = DispatchGroup()
        for _ in 0..<threads {
            DispatchQueue.global().async(group: group) {
                while let i = state.claim(window: window) { state.deliver(i, work(i)) }
            }
        }
        for i in 0..<count { consume(i, state.take(i)) }
        group.wait()
    }

    private final class State<T>: @unchecked Sendable {
        private let condition = NSCondition()
        private var results: [T?]
        private var next = 0
        private var consumed = 0

        init(count: Int) { results = Array(repeating: nil, count: count) }

        /// The next index to work on, waiting while too far ahead; nil when all are claimed.
        func claim(window: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while next < results.count && next >= consumed + window { condition.wait() }
            guard next < results.count else { return nil }
            next += 1
            return next - 1
        }

        func deliver(_ i: Int, _ result: T) {
            condition.lock()
            results[i] = result
            condition.broadcast()
            condition.unlock()
        }

        func take(_ i: Int) -> T {
            condition.lock()
            defer { condition.unlock() }
            while results[i] == nil { condition.wait() }
            let result = results[i]!
            results[i] = nil
            consumed = i + 1
            condition.broadcast()
            return result
        }
    }
}
