import Glibc
import XFSource

/// Why the site could not be staged or put in place, with the path and the
/// system's reason in Chinese. Every case leaves the previous site as it was.
public enum PublishError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The staging folder next to the output folder could not be made or cleared.
    case stagingFolder(parent: String, errno: Int32)
    /// One file of the site could not be written.
    case write(path: String, errno: Int32)
    /// The written files could not be flushed to disk, so publishing them could lose some.
    case flush(folder: String, errno: Int32)
    /// The output folder could not be replaced by the staged site.
    case replace(output: String, errno: Int32)
    /// A page asked to be written outside the site (a `..` or absolute path).
    case unsafePath(String)

    public var message: String {
        switch self {
        case .stagingFolder(let parent, let errno):
            "无法在 \(parent) 中建立临时文件夹：\(SystemReason.text(errno, writing: true))。请检查该位置的写入权限。"
        case .write(let path, let errno):
            "无法写入 \(path)：\(SystemReason.text(errno, writing: true))。"
        case .flush(let folder, let errno):
            "无法把 \(folder) 中已写好的文件存到磁盘：\(SystemReason.text(errno, writing: true))。请检查磁盘后重试。"
        case .replace(let output, let errno):
            "无法用新网站替换输出文件夹 \(output)：\(SystemReason.text(errno, writing: true))。请确认没有程序正在使用该文件夹。"
        case .unsafePath(let path):
            "输出路径「\(path)」不安全（含 .. 或绝对路径），已拒绝写入。"
        }
    }

    public var description: String { message }
}
