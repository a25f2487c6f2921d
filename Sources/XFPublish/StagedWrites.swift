import Foundation
import Glibc

/// Writes and scans the staged files on one thread per core, so that no single
/// thread opens every file: `openat` is where a build meets ext4's inode
/// allocator (slow in a file system that has just deleted many files), and the
/// thread that hands the files over goes back to rendering instead of waiting.
///
/// Files are numbered in the order they are handed over. The first failed write
/// and the personal-data findings are reported by that number, so what a build
/// reports never depends on which thread wrote which file.
final class StagedWrites: @unchecked Sendable {
    private struct Job {
        let number: Int
        let path: OutputPath
        let bytes: [UInt8]
    }

    private struct Finding {
        let number: Int
        let finding: PersonalDataFinding
    }

    /// The staging folder, as a path ending in `/`.
    private let root: String
    private let scanner: PersonalDataScanner?
    /// Findings kept (the first ones in file order); the rest are counted.
    private let findingsKept: Int
    private let writers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Bytes handed over and not yet written: past it, the caller waits (memory
    /// stays bounded whatever the writing threads' pace).
    static let pendingBudget = 32 << 20

    private let condition = NSCondition()
    private var queue: [Job] = []
    private var head = 0
    private var pendingBytes = 0
    private var numbered = 0
    private var running = 0
    private var busy = 0
    private var closed = false
    private var failure: (number: Int, error: PublishError)?
    private var findings: [Finding] = []
    private var dropped = 0
    private var scanNanoseconds: UInt64 = 0
    /// Folders made so far (relative to the staging folder); made under `folderLock`.
    private var folders: Set<Substring> = [""]
    private let folderLock = NSLock()

    init(root: String, scanner: PersonalDataScanner?, findingsKept: Int) {
        self.root = root.hasSuffix("/") ? root : root + "/"
        self.scanner = scanner
        self.findingsKept = findingsKept
    }

    /// Hands one file over; throws the first failure of a file handed over
    /// earlier, once all of those are written.
    func write(_ path: OutputPath, _ bytes: [UInt8]) throws(PublishError) {
        condition.lock()
        while pendingBytes > Self.pendingBudget && failure == nil { condition.wait() }
        if failure != nil {
            condition.unlock()
            try finish()
            return
        }
        queue.append(Job(number: numbered, path: path, bytes: bytes))
        numbered += 1
        pendingBytes += bytes.count
        if running < writers && running - busy < queue.count - head {
            running += 1
            let thread = Thread { [self] in work() }
            thread.start()
        }
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every file handed over is written; throws the failure of the
    /// first one (in the order handed over) that could not be.
    func finish() throws(PublishError) {
        condition.lock()
        while head < queue.count || busy > 0 { condition.wait() }
        let failure = self.failure
        condition.unlock()
        if let failure { throw failure.error }
    }

    /// After `finish`: the findings of the first files (in the order handed
    /// over), how many more there were, and the scan's CPU time.
    func results() -> (findings: [PersonalDataFinding], dropped: Int, scanNanoseconds: UInt64) {
        condition.lock()
        defer { condition.unlock() }
        keepFirstFindings()
        return (findings.map(\.finding), dropped, scanNanoseconds)
    }

    /// Waits for the files in hand and lets the writing threads end.
    func close() {
        try? finish()
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// One writing thread: takes files until none is handed over for a while.
    private func work() {
        condition.lock()
        while true {
            if head == queue.count {
                if closed || !condition.wait(until: Date(timeIntervalSinceNow: 0.05)) && head == queue.count { break }
                continue
            }
            let job = queue[head]
            // The slot lets go of the bytes now: the queue is emptied only when the
            // writers catch up, and until then it would hold every file written.
            queue[head] = Job(number: job.number, path: job.path, bytes: [])
            head += 1
            if head == queue.count {
                queue.removeAll(keepingCapacity: true)
                head = 0
            }
            busy += 1
            let skip = failure.map { $0.number < job.number } ?? false
            condition.unlock()
            var error: PublishError?
            var found: [Finding] = []
            var scanTime: UInt64 = 0
            if !skip {
                do throws(PublishError) { try store(job) } catch let failed { error = failed }
                if error == nil, let scanner {
                    let start = Self.threadCPUNanoseconds()
                    found = scanner.scan(job.bytes).map {
                        Finding(number: job.number, finding: PersonalDataFinding(path: job.path.value, hit: $0))
                    }
                    scanTime = Self.threadCPUNanoseconds() - start
                }
            }
            condition.lock()
            busy -= 1
            pendingBytes -= job.bytes.count
            scanNanoseconds += scanTime
            if let error, failure.map({ job.number < $0.number }) ?? true { failure = (job.number, error) }
            if !found.isEmpty {
                findings += found
                if findings.count > 2 * findingsKept { keepFirstFindings() }
            }
            condition.broadcast()
        }
        running -= 1
        condition.unlock()
    }

    /// Sorts the findings into file order and keeps the first `findingsKept`
    /// (called with the condition locked).
    private func keepFirstFindings() {
        findings.sort { ($0.number, $0.finding.hit.offset) < ($1.number, $1.finding.hit.offset) }
        if findings.count > findingsKept {
            dropped += findings.count - findingsKept
            findings.removeLast(findings.count - findingsKept)
        }
    }

    /// Makes the file's folder (once) and writes the file.
    private func store(_ job: Job) throws(PublishError) {
        let path = job.path.value
        let folder = path.lastIndex(of: "/").map { path[..<$0] } ?? ""
        do {
            folderLock.lock()
            defer { folderLock.unlock() }
            if !folders.contains(folder) {
                try FileManager.default.createDirectory(atPath: root + folder, withIntermediateDirectories: true)
                folders.insert(folder)
            }
        } catch {
            throw .write(path: path, errno: SiteStaging.systemError(of: error))
        }
        do { try SiteStaging.writeFile(root + path, job.bytes) } catch {
            throw .write(path: path, errno: SiteStaging.systemError(of: error))
        }
    }

    /// CPU time of the calling thread: the scan's cost, whatever else the machine runs.
    static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
