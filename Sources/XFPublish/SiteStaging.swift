import Foundation
import Glibc
import XFSource

/// Writes a site into a staging folder beside the output folder and swaps it in
/// only when everything is written, so a build that fails or is killed halfway
/// leaves the previously published site exactly as it was.
///
/// The swap uses Linux's `renameat2(RENAME_EXCHANGE)`, which exchanges the two
/// folders in one step; where that is unavailable it falls back to two renames
/// (a moment without the folder, never a half-written one).
public final class SiteStaging {
    public let output: URL
    public let staging: URL
    let folders: PublishFolders
    private var committed = false
    /// Every file written, for the site marker.
    private var written: Set<String> = []
    /// The writing threads, started at the first file (the scanner is set by then).
    private var writes: StagedWrites?

    /// Scans every file written; a finding stops `commit` (see `PersonalDataScanner`).
    public var scanner: PersonalDataScanner?
    /// After `finishWrites`: the numbers found, in the order the files were written.
    public private(set) var personalData: [PersonalDataFinding] = []
    /// CPU time spent scanning, for the benchmark.
    public private(set) var scanNanoseconds: UInt64 = 0
    /// Enough to name every number that needs fixing; the rest are counted.
    static let findingsKept = 1000
    public private(set) var findingsDropped = 0

    /// Creates an empty staging folder next to `output`, clearing one left over by
    /// an earlier build that was stopped (only when it holds nothing but xfsite's
    /// own files). The caller has checked the output with `OutputSafety` and
    /// holds its `SiteLock`.
    public init(output: URL) throws(PublishError) {
        let folders = PublishFolders(output: output)
        self.folders = folders
        self.output = folders.output
        staging = folders.staging
        try Self.removeOwn(staging)
        try Self.removeOwn(folders.discard)
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folders.parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            try Self.writeFile(staging.appendingPathComponent(SiteMarker.stagingFileName).path, [])
        } catch {
            throw .stagingFolder(parent: folders.parent.path, errno: Self.systemError(of: error))
        }
    }

    /// Writes one file at `path`, a relative path with `/` separators that
    /// `OutputPath` has already checked stays inside the site. The file is
    /// written (and scanned) on another thread: a failure is thrown by a later
    /// call, by `finishWrites` or by `commit`, always the first file's that failed.
    public func write(_ path: OutputPath, _ bytes: [UInt8]) throws(PublishError) {
        let writes = self.writes ?? StagedWrites(root: staging.path, scanner: scanner, findingsKept: Self.findingsKept)
        self.writes = writes
        // A file written twice: the earlier write must land first.
        if !written.insert(path.value).inserted { try writes.finish() }
        try writes.write(path, bytes)
    }

    public func write(_ path: OutputPath, _ text: String) throws(PublishError) {
        try write(path, Array(text.utf8))
    }

    /// Waits until every file handed to `write` is on disk (in the page cache)
    /// and scanned; throws the first failed write.
    public func finishWrites() throws(PublishError) {
        guard let writes else { return }
        try writes.finish()
        (personalData, findingsDropped, scanNanoseconds) = writes.results()
    }

    /// Starts writing the files written so far to disk on another thread, so
    /// that `commit`'s flush has less left to wait for (`FlushBehind`).
    public func flushBehind() {
        flush.start()
    }

    private lazy var flush = FlushBehind(path: staging.path)

    /// Puts the staged site in place of the output folder, once everything staged
    /// is on disk; the site it replaces becomes `site.previous`.
    public func commit() throws(PublishError) {
        try finishWrites()
        writes?.close()
        guard personalData.isEmpty else { throw .personalData(personalData) }
        let manager = FileManager.default
        do {
            try Self.writeFile(staging.appendingPathComponent(SiteMarker.fileName).path,
                               SiteMarker(files: Array(written)).encoded())
            try manager.removeItem(at: staging.appendingPathComponent(SiteMarker.stagingFileName))
        } catch {
            throw .write(path: SiteMarker.fileName, errno: Self.systemError(of: error))
        }
        // The old site.previous is checked, moved aside and removed meanwhile.
        let preparation = SwapPreparation(folders)
        defer { preparation.finish() }
        // One flush of the file system instead of an fsync per file: the swap below
        // must never publish files that a power cut could still lose.
        let flushed = Self.flushFileSystem(of: staging.path)
        guard flushed == 0 else { throw .flush(folder: staging.path, errno: flushed) }
        let previous = folders.previous
        switch try preparation.output() {
        case .missing:
            do { try manager.moveItem(at: staging, to: output) } catch {
                throw .replace(output: output.path, errno: Self.systemError(of: error))
            }
        case .empty, .site:
            do {
                if Self.exchange(staging.path, output.path) {
                    // The staging path now holds the site just replaced.
                    if (try? manager.contentsOfDirectory(atPath: staging.path))?.isEmpty == true {
                        try manager.removeItem(at: staging)
                    } else {
                        try manager.moveItem(at: staging, to: previous)
                    }
                } else {
                    try manager.moveItem(at: output, to: previous)
                    try manager.moveItem(at: staging, to: output)
                }
            } catch {
                throw .replace(output: output.path, errno: Self.systemError(of: error))
            }
        case .notFolder, .staging, .foreign:
            // Checked before the build began; something changed it since.
            throw .notOwnFolder(output.path)
        }
        committed = true
    }

    /// Removes `folder` only when it holds nothing but xfsite's own files (a
    /// site with its marker, or a staging folder); anything else is refused.
    static func removeOwn(_ folder: URL) throws(PublishError) {
        switch FolderState.of(folder) {
        case .missing: return
        case .site(let marker):
            try removeSite(folder, marker)
        case .empty, .staging:
            do { try FileManager.default.removeItem(at: folder) } catch {
                throw .stagingFolder(parent: folder.path, errno: systemError(of: error))
            }
        case .notFolder, .foreign:
            throw .notOwnFolder(folder.path)
        }
    }

    /// Removes a site by its marker's list: the files, then their folders
    /// deepest first, the marker last. Only listed files are unlinked (a folder
    /// holding anything else is not empty, and stays), and a removal stopped at
    /// any moment leaves a site still marked, which the next build removes.
    static func removeSite(_ folder: URL, _ marker: SiteMarker) throws(PublishError) {
        let root = folder.path + "/"
        var inner = Set<Substring>()
        for file in marker.files {
            guard unlink(root + file) == 0 || errno == ENOENT else {
                throw .stagingFolder(parent: folder.path, errno: errno)
            }
            var path = Substring(file)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard inner.insert(path).inserted else { break }
            }
        }
        // A folder's path is longer than its parent's: longest first empties children first.
        for path in inner.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            guard rmdir(root + path) == 0 || errno == ENOENT else {
                throw .stagingFolder(parent: folder.path, errno: errno)
            }
        }
        guard unlink(root + SiteMarker.fileName) == 0 || errno == ENOENT, rmdir(folder.path) == 0 else {
            throw .stagingFolder(parent: folder.path, errno: errno)
        }
    }

    deinit { writes?.close() }

    /// Removes the staging folder of a build that did not finish.
    public func discard() {
        writes?.close()
        guard !committed else { return }
        try? Self.removeOwn(staging)
    }

    struct WriteError: Error {
        let errno: Int32
    }

    /// The `errno` behind a failed write or a Foundation file operation, so the
    /// message can say it in Chinese.
    static func systemError(of error: any Error) -> Int32 {
        if let write = error as? WriteError { return write.errno }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        default: return EIO
        }
    }

    /// Writes a whole file with plain system calls (Foundation's `Data.write`
    /// fsyncs every file, which dominates the time of a thousand-page build).
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(errno: errno) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw WriteError(errno: errno)
            }
            written += count
        }
    }

    private typealias SyncFS = @convention(c) (Int32) -> Int32

    /// `syncfs` on the staging folder's file system (looked up at run time, as
    /// Swift's Glibc module does not declare it), or `sync` where it is missing.
    /// Returns 0, or the `errno` of a failed flush: files the disk did not take
    /// must not be published.
    static func flushFileSystem(of path: String) -> Int32 {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else {
            sync()
            return 0
        }
        return unsafeBitCast(symbol, to: SyncFS.self)(fd) == 0 ? 0 : errno
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `renameat2(…, RENAME_EXCHANGE)`, looked up at run time because Swift's Glibc
    /// module does not declare it.
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }
}
