import Foundation

/// `xfsite rollback`: puts `site.previous` back in place of `site` in one
/// atomic exchange, so the site replaced by the last build is published again
/// and the one it replaces becomes `site.previous` (a second rollback undoes
/// the first). Both folders must hold only xfsite's own files.
public enum Rollback {
    public enum Outcome: Equatable, Sendable {
        /// The two folders were exchanged.
        case exchanged
        /// There was no site; the previous one is now the site.
        case restored
    }

    /// Refuses, changing nothing, when there is no previous site or either
    /// folder holds somebody else's files. Run before taking the lock (so a
    /// refusal leaves not even a lock file) and again by `run` under it.
    public static func check(_ folders: PublishFolders) throws(PublishRefusal) {
        let output = folders.output, previous = folders.previous
        switch FolderState.of(previous) {
        case .site: break
        case .missing:
            throw PublishRefusal("没有可以恢复的上一版网站：找不到「\(previous.path)」。",
                                 fix: "上一版网站只在「xfsite build」替换了已有网站之后才保留；请确认 --output 与生成时相同。")
        default:
            throw PublishRefusal("「\(previous.path)」不是 xfsite 保留的上一版网站，或其中有不是 xfsite 写的文件，未做任何改动。",
                                 fix: "检查这个文件夹；需要时把其中别的文件移走后再运行。")
        }
        switch FolderState.of(output) {
        case .missing, .site, .empty: return
        case .notFolder, .staging, .foreign:
            throw PublishRefusal("「\(output.path)」里有不是 xfsite 生成的文件（\(OutputSafety.listed(OutputSafety.foreignFiles(output)))），"
                                 + "未做任何改动。",
                                 fix: "先把这些文件移到别处，再运行 xfsite rollback。")
        }
    }

    /// Call with the output's `SiteLock` held.
    public static func run(_ folders: PublishFolders) throws(PublishRefusal) -> Outcome {
        try check(folders)
        let output = folders.output, previous = folders.previous
        guard FileManager.default.fileExists(atPath: output.path) else {
            do { try FileManager.default.moveItem(at: previous, to: output) } catch {
                throw PublishRefusal("无法把「\(previous.path)」恢复为「\(output.path)」：\(error.localizedDescription)。",
                                     fix: "请检查该位置的写入权限。")
            }
            return .restored
        }
        if SiteStaging.exchange(previous.path, output.path) { return .exchanged }
        // Without renameat2: three renames through the staging name.
        let manager = FileManager.default
        do {
            try SiteStaging.removeOwn(folders.staging)
            try manager.moveItem(at: output, to: folders.staging)
            try manager.moveItem(at: previous, to: output)
            try manager.moveItem(at: folders.staging, to: previous)
        } catch {
            throw PublishRefusal("恢复上一版网站时出错：\(error)。", fix: "请检查「\(folders.parent.path)」的写入权限后再运行。")
        }
        return .exchanged
    }
}
