import Foundation
import Glibc

/// A CSV file read from disk and decoded to UTF-8 bytes.
public struct TableFile: Sendable {
    /// Path relative to the content folder, as shown in messages.
    public let path: String
    public let bytes: [UInt8]
    public let encoding: TextEncoding

    public init(path: String, bytes: [UInt8], encoding: TextEncoding) {
        self.path = path
        self.bytes = bytes
        self.encoding = encoding
    }

    /// Reads and decodes `url`, naming it `path` in any diagnostic.
    public static func read(_ url: URL, as path: String) -> Result<TableFile, Diagnostic> {
        let raw: [UInt8]
        do {
            raw = try FileBytes.read(url.path)
        } catch {
            return .failure(Diagnostic(code: "file.unreadable", at: SourceLocation(file: path),
                                       message: "无法读取文件：\(error.localizedDescription)",
                                       fix: "检查文件是否存在、是否被其他程序（如 Excel）占用，以及是否有读取权限。"))
        }
        return TextDecoder.decode(raw, file: path).map { TableFile(path: path, bytes: $0.bytes, encoding: $0.encoding) }
    }

    /// Parses the file, handing its rows to `handler`.
    public func parse<Handler: CSVRowHandler>(into handler: inout Handler) -> [Diagnostic] {
        CSVParser(file: path).parse(bytes, into: &handler)
    }
}

/// Whole-file reads straight into a byte array, without the extra copy through `Data`.
/// Only regular files are read: a named pipe or device under the content folder
/// would otherwise block or never end.
public enum FileBytes {
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
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadError(errno: errno) }
        if info.st_mode & S_IFMT == S_IFDIR { throw ReadError(errno: EISDIR) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw ReadError(errno: ENODEV) }
        guard info.st_size <= sizeLimit else { throw ReadError(errno: EFBIG) }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, size - filled) }
            if got < 0 { if errno == EINTR { continue }; throw ReadError(errno: errno) }
            if got == 0 { break }
            filled += got
        }
        if filled < size { bytes.removeLast(size - filled) }
        return bytes
    }
}
