import Foundation
import XFPublish

/// The first thing `build` and `rollback` do, before any other work: check that
/// the output folder may be written (`OutputSafety`) and take its lock. The
/// check runs once before the lock, so a refused folder gets not even a lock
/// file beside it, and once under it, in case another run changed it meanwhile.
enum OutputClaim {
    static func claim(_ folders: PublishFolders, content: URL?, templates: URL?) throws(PublishRefusal) -> SiteLock {
        let protected = OutputSafety.Protected(content: content, templates: templates)
        try OutputSafety.check(folders, protecting: protected)
        let lock = try SiteLock(folders)
        try OutputSafety.check(folders, protecting: protected)
        return lock
    }
}
