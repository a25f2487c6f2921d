import Foundation
import Glibc

/// A whole file mapped read-only into memory, unmapped when released. Only
/// regular files are read: a named pipe or device under the content folder would
/// otherwise block or never end.
package final class MappedFile {
    package let bytes: UnsafeBufferPointer<UInt8>
    private let length: Int

    package init(path: String) throws(FileBytes.ReadError) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw FileBytes.ReadError(errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileBytes.ReadError(errno: errno) }
        if info.st_mode & S_IFMT == S_IFDIR { throw FileBytes.ReadError(errno: EISDIR) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw FileBytes.ReadError(errno: ENODEV) }
        guard info.st_size <= FileBytes.sizeLimit else { throw FileBytes.ReadError(errno: EFBIG) }
        length = Int(info.st_size)
        guard length > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        // MAP_POPULATE maps every page at once: the file is read through anyway, and
        // one bulk fault costs far less than one per page.
        guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), address != MAP_FAILED else {
            throw FileBytes.ReadError(errno: errno)
        }
        madvise(address, length, MADV_SEQUENTIAL)
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: length)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), length) }
    }
}

/// Whole-file reads into a byte array, for small files such as settings.
public enum FileBytes {
    /// Larger than any county's export; a bigger file is a mistake, not data.
    public static let sizeLimit = 2 << 30

    /// Why a file could not be read, in words a clerk understands (never
    /// Foundation's text): `reason` is what messages print.
    public struct ReadError: Error, LocalizedError, Sendable {
        public let errno: Int32
        public init(errno: Int32) { self.errno = errno }
        public var errorDescription: String? { reason }
        public var reason: String { SystemReason.text(errno, writing: false) }
    }

    public static func read(_ path: String) throws(ReadError) -> [UInt8] {
        let file = try MappedFile(path: path)
        return withExtendedLifetime(file) { Array(file.bytes) }
    }
}

/// What a failed system call's `errno` means, in words a clerk understands
/// (never Foundation's English text).
public enum SystemReason {
    public static func text(_ errno: Int32, writing: Bool) -> String {
        switch errno {
        case ENOENT: writing ? "所在的文件夹不存在" : "文件不存在"
        case EACCES, EPERM: writing ? "没有写入权限" : "没有读取权限"
        case EISDIR: "这是一个文件夹，不是文件"
        case ENOTDIR: "路径中有一项是文件而不是文件夹"
        case ELOOP: "符号链接（快捷方式）指向了自身，形成循环"
        case ENODEV, ENXIO: "这不是普通文件（可能是管道或设备）"
        case EFBIG: "文件过大（超过 2 GB），不像是导出的数据表"
        case ENOSPC, EDQUOT: "磁盘空间不足"
        case EROFS: "磁盘是只读的"
        case EBUSY: "文件或文件夹正被其他程序使用"
        case EIO: "磁盘读写出错"
        case ENAMETOOLONG: "路径过长"
        default: "系统错误 \(errno)：" + String(cString: strerror(errno))
        }
    }
}
