import Foundation
import Glibc

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
    private var createdFolders: Set<String> = []
    /// Every file written, for the site marker.
    private var written: Set<String> = []

    public struct PublishError: Error, CustomStringConvertible {
        public let message: String
        /// Set when the build stopped because the scan found personal data.
        public var personalData: [PersonalDataFinding] = []
        public var description: String { message }

        public init(message: String, personalData: [PersonalDataFinding] = []) {
            self.message = message
            self.personalData = personalData
        }
    }

    /// Scans every file written; a finding stops `commit` (see `PersonalDataScanner`).
    public var scanner: PersonalDataScanner?
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
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folders.parent, withIntermediateDirectories: true)
            try Self.removeOwn(staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            try Self.writeFile(staging.appendingPathComponent(SiteMarker.stagingFileName).path, [])
        } catch let error as PublishError {
            throw error
        } catch {
            throw PublishError(message: "无法在 \(folders.parent.path) 中建立临时文件夹：\(error.localizedDescription)。请检查该位置的写入权限。")
        }
    }

    /// Writes one file at `path`, a relative path with `/` separators that
    /// `OutputPath` has already checked stays inside the site.
    public func write(_ path: OutputPath, _ bytes: [UInt8]) throws(PublishError) {
        let url = staging.appendingPathComponent(path.value)
        do {
            let folder = url.deletingLastPathComponent()
            if !createdFolders.contains(folder.path) {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                createdFolders.insert(folder.path)
            }
            try Self.writeFile(url.path, bytes)
            written.insert(path.value)
            if let scanner { scan(path.value, bytes, with: scanner) }
        } catch {
            throw PublishError(message: "无法写入 \(path.value)：\(error.localizedDescription)")
        }
    }

    public func write(_ path: OutputPath, _ text: String) throws(PublishError) {
        try write(path, Array(text.utf8))
    }

    /// Puts the staged site in place of the output folder, once everything staged
    /// is on disk; the site it replaces becomes `site.previous`.
    public func commit() throws(PublishError) {
        guard personalData.isEmpty else {
            throw PublishError(message: "网站中有疑似个人信息的号码，未发布。", personalData: personalData)
        }
        let manager = FileManager.default
        do {
            try Self.writeFile(staging.appendingPathComponent(SiteMarker.fileName).path,
                               SiteMarker(files: Array(written)).encoded())
            try manager.removeItem(at: staging.appendingPathComponent(SiteMarker.stagingFileName))
        } catch {
            throw PublishError(message: "无法写入 \(SiteMarker.fileName)：\(error.localizedDescription)")
        }
        // One flush of the file system instead of an fsync per file: the swap below
        // must never publish files that a power cut could still lose.
        Self.flushFileSystem(of: staging.path)
        let previous = folders.previous
        switch FolderState.of(output) {
        case .missing:
            do { try manager.moveItem(at: staging, to: output) } catch {
                throw PublishError(message: "无法建立输出文件夹 \(output.path)：\(error.localizedDescription)")
            }
        case .empty, .site:
            do {
                try Self.removeOwn(previous)
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
            } catch let error as PublishError {
                throw error
            } catch {
                throw PublishError(message: "无法替换输出文件夹 \(output.path)：\(error.localizedDescription)")
            }
        case .notFolder, .staging, .foreign:
            // Checked before the build began; something changed it since.
            throw PublishError(message: "输出文件夹 \(output.path) 在生成期间被放入了别的文件，未替换它。请移走这些文件后重新生成。")
        }
        committed = true
    }

    private func scan(_ path: String, _ bytes: [UInt8], with scanner: PersonalDataScanner) {
        let start = Self.threadCPUNanoseconds()
        for hit in scanner.scan(bytes) {
            if personalData.count < Self.findingsKept {
                personalData.append(PersonalDataFinding(path: path, hit: hit))
            } else {
                findingsDropped += 1
            }
        }
        scanNanoseconds += Self.threadCPUNanoseconds() - start
    }

    /// CPU time of the calling thread: the scan's cost, whatever else the machine runs.
    static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Removes `folder` only when it holds nothing but xfsite's own files (a
    /// site with its marker, or a staging folder); anything else is refused.
    static func removeOwn(_ folder: URL) throws(PublishError) {
        switch FolderState.of(folder) {
        case .missing: return
        case .empty, .site, .staging:
            do { try FileManager.default.removeItem(at: folder) } catch {
                throw PublishError(message: "无法删除 xfsite 的文件夹 \(folder.path)：\(error.localizedDescription)")
            }
        case .notFolder, .foreign:
            throw PublishError(message: "\(folder.path) 中有不是 xfsite 写的文件，不会删除它。请把这些文件移到别处后重新运行。")
        }
    }

    /// Removes the staging folder of a build that did not finish.
    public func discard() {
        guard !committed else { return }
        try? Self.removeOwn(staging)
    }

    struct WriteError: Error, LocalizedError {
        let errno: Int32
        var errorDescription: String? { String(cString: strerror(errno)) }
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
    static func flushFileSystem(of path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if fd >= 0 { close(fd) } }
        if fd >= 0, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") {
            _ = unsafeBitCast(symbol, to: SyncFS.self)(fd)
        } else {
            sync()
        }
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
