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
    private var committed = false
    private var createdFolders: Set<String> = []

    /// Creates an empty staging folder next to `output`, clearing any left over by
    /// an earlier build that was killed.
    public init(output: URL) throws(PublishError) {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).staging")
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            for leftover in [staging, parent.appendingPathComponent(".\(name).previous")]
            where manager.fileExists(atPath: leftover.path) {
                try manager.removeItem(at: leftover)
            }
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .stagingFolder(parent: parent.path, errno: Self.systemError(of: error))
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
        } catch {
            throw .write(path: path.value, errno: Self.systemError(of: error))
        }
    }

    public func write(_ path: OutputPath, _ text: String) throws(PublishError) {
        try write(path, Array(text.utf8))
    }

    /// Puts the staged site in place of the output folder, once everything staged
    /// is on disk.
    public func commit() throws(PublishError) {
        // One flush of the file system instead of an fsync per file: the swap below
        // must never publish files that a power cut could still lose.
        let flushed = Self.flushFileSystem(of: staging.path)
        guard flushed == 0 else { throw .flush(folder: staging.path, errno: flushed) }
        let manager = FileManager.default
        if manager.fileExists(atPath: output.path) {
            if Self.exchange(staging.path, output.path) {
                try? manager.removeItem(at: staging)
            } else {
                let previous = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).previous")
                do {
                    try manager.moveItem(at: output, to: previous)
                    try manager.moveItem(at: staging, to: output)
                    try? manager.removeItem(at: previous)
                } catch {
                    throw .replace(output: output.path, errno: Self.systemError(of: error))
                }
            }
        } else {
            do { try manager.moveItem(at: staging, to: output) } catch {
                throw .replace(output: output.path, errno: Self.systemError(of: error))
            }
        }
        committed = true
    }

    /// Removes the staging folder of a build that did not finish.
    public func discard() {
        guard !committed else { return }
        try? FileManager.default.removeItem(at: staging)
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
    private static func exchange(_ a: String, _ b: String) -> Bool {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }
}
