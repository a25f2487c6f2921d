import Foundation
import Glibc

/// An exclusive lock on one output folder, held by a build or rollback from its
/// first check to its last rename: `flock` on `.site.lock` beside the folder.
/// A second build into the same folder is refused at once; the kernel releases
/// the lock when the process ends, even by `kill -9`, so it never goes stale
/// (a file left by a killed run is simply locked again by the next).
public final class SiteLock {
    private let descriptor: Int32
    public let path: String

    /// Takes the lock, or throws when another xfsite holds it.
    public init(_ folders: PublishFolders) throws(PublishRefusal) {
        path = folders.lock.path
        do {
            try FileManager.default.createDirectory(at: folders.parent, withIntermediateDirectories: true)
        } catch {
            throw PublishRefusal("无法建立文件夹「\(folders.parent.path)」。", fix: "请检查该位置是否存在、是否有写入权限。")
        }
        // Lock, then make sure the file locked is still the one at `path`: the
        // holder removes it when done, and a run that opened it just before then
        // must not count the removed file as the lock. Then try again.
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw PublishRefusal("无法建立锁文件「\(path)」：\(String(cString: strerror(errno)))。",
                                     fix: "请检查「\(folders.parent.path)」的写入权限。")
            }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                close(fd)
                throw PublishRefusal("另一个 xfsite 正在生成或恢复「\(folders.output.path)」（锁文件 \(path)），本次没有做任何改动。",
                                     fix: "等那一次运行结束后再运行。")
            }
            var held = stat(), current = stat()
            if fstat(fd, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                descriptor = fd
                return
            }
            close(fd)
        }
    }

    /// Removes the lock file while still holding it, so no file is left beside
    /// the site and a waiting run sees the file is gone.
    deinit {
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
