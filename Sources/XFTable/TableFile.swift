import Foundation
import Glibc

/// A CSV file read from disk and decoded to UTF-8 bytes. A file that is already
/// UTF-8 is used in place from a read-only memory map (no copy, no zero-fill);
/// a GB18030 file is decoded into its own buffer.
public final class TableFile: @unchecked Sendable {
    /// Path relative to the content folder, as shown in messages.
    public let path: String
    public let encoding: TextEncoding
    private let storage: Storage

    private enum Storage {
        case mapped(MappedFile, offset: Int)
        case owned([UInt8])
    }

    public init(path: String, bytes: [UInt8], encoding: TextEncoding) {
        self.path = path
        self.encoding = encoding
        storage = .owned(bytes)
    }

    private init(path: String, mapped: MappedFile, offset: Int, encoding: TextEncoding) {
        self.path = path
        self.encoding = encoding
        storage = .mapped(mapped, offset: offset)
    }

    /// The decoded UTF-8 bytes, without any byte order mark.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .owned(let bytes):
            return try bytes.withUnsafeBufferPointer(body)
        case .mapped(let file, let offset):
            return try withExtendedLifetime(file) { try body(UnsafeBufferPointer(rebasing: file.bytes[offset...])) }
        }
    }

    /// Reads and decodes `url`, naming it `path` in any diagnostic.
    public static func read(_ url: URL, as path: String) -> Result<TableFile, Diagnostic> {
        let mapped: MappedFile
        do {
            mapped = try MappedFile(path: url.path)
        } catch {
            return .failure(Diagnostic(code: "file.unreadable", at: SourceLocation(file: path),
                                       message: "无法读取文件：\(error.localizedDescription)",
                                       fix: "检查文件是否存在、是否被其他程序（如 Excel）占用，以及是否有读取权限。"))
        }
        return withExtendedLifetime(mapped) { decode(mapped, as: path) }
    }

    private static func decode(_ mapped: MappedFile, as path: String) -> Result<TableFile, Diagnostic> {
        let bytes = mapped.bytes
        if TextDecoder.signatureRefusal(bytes, file: path) == nil {
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let offset = hasBOM ? 3 : 0
            if UTF8Validation.scan(UnsafeBufferPointer(rebasing: bytes[offset...])) == .valid {
                return .success(TableFile(path: path, mapped: mapped, offset: offset, encoding: hasBOM ? .utf8BOM : .utf8))
            }
        }
        return TextDecoder.decode(Array(bytes), file: path).map { TableFile(path: path, bytes: $0.bytes, encoding: $0.encoding) }
    }

    /// Parses the file, handing its rows to `handler`.
    public func parse<Handler: CSVRowHandler>(into handler: inout Handler) -> [Diagnostic] {
        withBytes { CSVParser(file: path).parse($0, into: &handler) }
    }
}

/// A whole file mapped read-only into memory, unmapped when released. Only
/// regular files are read: a named pipe or device under the content folder would
/// otherwise block or never end.
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private let length: Int

    init(path: String) throws {
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
    /// A file mapped read-only (a workbook read in place), unmapped when released.
    public final class Mapped: @unchecked Sendable {
        private let file: MappedFile
        public var bytes: UnsafeBufferPointer<UInt8> { file.bytes }
        init(_ file: MappedFile) { self.file = file }
    }

    /// Maps the regular file at `path` (same checks and limits as `read`).
    public static func map(_ path: String) throws -> Mapped {
        Mapped(try MappedFile(path: path))
    }

    /// Larger than any county's export; a bigger file is a mistake, not data.
    public static let sizeLimit = 2 << 30

    public struct ReadError: Error, LocalizedError {
        public let errno: Int32
        public var errorDescription: String? {
            switch errno {
            case ENOENT: "文件不存在"
            case EACCES, EPERM: "没有读取权限"
            case EISDIR: "这是一个文件夹，不是文件"
            case ELOOP: "符号链接（快捷方式）指向了自身，形成循环"
            case ENODEV, ENXIO: "这不是普通文件（可能是管道或设备）"
            case EFBIG: "文件过大（超过 2 GB），不像是导出的数据表"
            default: String(cString: strerror(errno))
            }
        }
    }

    public static func read(_ path: String) throws -> [UInt8] {
        let file = try MappedFile(path: path)
        return withExtendedLifetime(file) { Array(file.bytes) }
    }
}
