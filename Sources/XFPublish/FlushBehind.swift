import Foundation

/// Starts writing the staged files to disk while the build goes on: after each
/// step a thread calls `syncfs` on the staging folder's file system, so the flush
/// before the swap finds only the last step's files still to write (the disk
/// works while the cores render, instead of after). Only a head start: `commit`
/// still flushes everything and checks the result before it swaps; a flush here
/// that fails or is cut short by the end of the process changes nothing.
final class FlushBehind: @unchecked Sendable {
    private let flush: @Sendable () -> Void
    private let lock = NSLock()
    /// A flush is running; `again` asks it to run once more when done (files
    /// were written meanwhile).
    private var running = false
    private var again = false

    init(path: String) { flush = { _ = SiteStaging.flushFileSystem(of: path) } }

    /// With another flush, for the tests.
    init(flush: @escaping @Sendable () -> Void) { self.flush = flush }

    /// Flushes what is written so far, on another thread; at most one at a time.
    func start() {
        lock.lock()
        defer { lock.unlock() }
        guard !running else {
            again = true
            return
        }
        running = true
        Thread { [self] in run() }.start()
    }

    private func run() {
        while true {
            flush()
            lock.lock()
            defer { lock.unlock() }
            guard again else {
                running = false
                return
            }
            again = false
        }
    }
}
