import Foundation
import Glibc

/// Writes and scans the staged files on one thread per core, so that no single
/// thread opens every file: `openat` is where a build meets ext4's inode
/// allocator (slow in a file system that has just deleted many files), and the
/// thread that hands the files over goes back to rendering instead of waiting.
///
/// Each folder is written by one thread at a time: a thread takes a folder with
/// files waiting and writes them until none is left there. Two threads creating
/// files in one folder only wait for each other on its lock (a fifth of a
/// rebuild's samples spun in `down_write` when they did).
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

    /// The files waiting in one folder, in the order handed over.
    private struct Folder {
        /// Relative to the staging folder, without a trailing `/` ("" for the top).
        let name: Substring
        var jobs: [Job] = []
        var head = 0
        /// A writing thread is writing here; no other may.
        var claimed = false
        /// Listed in `ready`.
        var listed = false
        /// Made on disk (the top folder exists from the start).
        var made: Bool
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
    private var folderIndex: [Substring: Int] = [:]
    private var folders: [Folder] = []
    /// Folders with files waiting and no thread writing there, in the order they became so.
    private var ready: [Int] = []
    private var readyHead = 0
    private var pendingBytes = 0
    /// Files handed over and not yet written (or skipped).
    private var unfinished = 0
    private var numbered = 0
    private var started = false
    private var closed = false
    private var failure: (number: Int, error: PublishError)?
    private var findings: [Finding] = []
    private var dropped = 0
    private var scanNanoseconds: UInt64 = 0
    /// Held while making a folder: two threads may reach one parent at once.
    private let folderLock = NSLock()

    init(root: String, scanner: PersonalDataScanner?, findingsKept: Int) {
        self.root = root.hasSuffix("/") ? root : root + "/"
        self.scanner = scanner
        self.findingsKept = findingsKept
    }

    /// Hands one file over; throws the first failure of a file handed over
    /// earlier, once all of those are written.
    func write(_ path: OutputPath, _ bytes: [UInt8]) throws(PublishError) {
        let value = path.value
        let name = value.lastIndex(of: "/").map { value[..<$0] } ?? ""
        condition.lock()
        while pendingBytes > Self.pendingBudget && failure == nil { condition.wait() }
        if failure != nil {
            condition.unlock()
            try finish()
            return
        }
        if !started {
            started = true
            for _ in 0..<writers { Thread { [self] in work() }.start() }
        }
        let index: Int
        if let known = folderIndex[name] {
            index = known
        } else {
            index = folders.count
            folderIndex[name] = index
            folders.append(Folder(name: name, made: name.isEmpty))
        }
        folders[index].jobs.append(Job(number: numbered, path: path, bytes: bytes))
        numbered += 1
        unfinished += 1
        pendingBytes += bytes.count
        if !folders[index].claimed && !folders[index].listed {
            folders[index].listed = true
            ready.append(index)
            condition.signal()
        }
        condition.unlock()
    }

    /// Waits until every file handed over is written; throws the failure of the
    /// first one (in the order handed over) that could not be.
    func finish() throws(PublishError) {
        condition.lock()
        while unfinished > 0 { condition.wait() }
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

    /// One writing thread: takes a folder with files waiting and writes them
    /// until none is left there, then the next such folder, until closed.
    private func work() {
        condition.lock()
        while true {
            guard readyHead < ready.count else {
                if closed { break }
                condition.wait()
                continue
            }
            let index = ready[readyHead]
            readyHead += 1
            if readyHead == ready.count {
                ready.removeAll(keepingCapacity: true)
                readyHead = 0
            }
            folders[index].listed = false
            folders[index].claimed = true
            while folders[index].head < folders[index].jobs.count {
                write(next(in: index), in: index)
            }
            folders[index].jobs.removeAll(keepingCapacity: true)
            folders[index].head = 0
            folders[index].claimed = false
        }
        condition.unlock()
    }

    /// Takes the folder's next file (called with the condition locked); its slot
    /// lets go of the bytes at once.
    private func next(in index: Int) -> Job {
        let head = folders[index].head
        let job = folders[index].jobs[head]
        folders[index].jobs[head] = Job(number: job.number, path: job.path, bytes: [])
        folders[index].head = head + 1
        return job
    }

    /// Writes and scans one file of a folder this thread has claimed; called and
    /// returns with the condition locked, which it lets go of meanwhile.
    private func write(_ job: Job, in index: Int) {
        let skip = failure.map { $0.number < job.number } ?? false
        let folder = folders[index].made ? nil : folders[index].name
        condition.unlock()
        var error: PublishError?
        var found: [Finding] = []
        var scanTime: UInt64 = 0
        if !skip {
            do throws(PublishError) { try store(job, making: folder) } catch let failed { error = failed }
            if error == nil, let scanner {
                let start = Self.threadCPUNanoseconds()
                found = scanner.scan(job.bytes).map {
                    Finding(number: job.number, finding: PersonalDataFinding(path: job.path.value, hit: $0))
                }
                scanTime = Self.threadCPUNanoseconds() - start
            }
        }
        condition.lock()
        if folder != nil && error == nil { folders[index].made = true }
        unfinished -= 1
        pendingBytes -= job.bytes.count
        scanNanoseconds += scanTime
        if let error, failure.map({ job.number < $0.number }) ?? true { failure = (job.number, error) }
        if !found.isEmpty {
            findings += found
            if findings.count > 2 * findingsKept { keepFirstFindings() }
        }
        condition.broadcast()
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

    /// Makes the file's folder when `folder` names it (the first file there) and writes the file.
    private func store(_ job: Job, making folder: Substring?) throws(PublishError) {
        let path = job.path.value
        if let folder {
            do {
                folderLock.lock()
                defer { folderLock.unlock() }
                try FileManager.default.createDirectory(atPath: root + folder, withIntermediateDirectories: true)
            } catch {
                throw .write(path: path, errno: SiteStaging.systemError(of: error))
            }
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
