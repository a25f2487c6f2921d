import Foundation

/// Decides, before a build or rollback does any work, whether it may write its
/// output folder. It may only when the folder does not exist, is empty, or holds
/// a site xfsite wrote and nothing else; never the content or templates folder
/// or a folder containing either, never the current folder when it holds
/// content, never `/` or the home folder. Only reads the disk.
public enum OutputSafety {
    /// Folders a build must never replace, nor any folder containing them.
    public struct Protected: Sendable {
        public var content: URL?
        public var templates: URL?
        public var currentDirectory: URL
        public var home: URL?

        public init(content: URL?, templates: URL?,
                    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                    home: URL? = OutputSafety.homeFolder()) {
            self.content = content
            self.templates = templates
            self.currentDirectory = currentDirectory
            self.home = home
        }
    }

    /// Names that mark a folder as a content folder.
    static let contentMarks = ["site.toml", "units.csv", "cases"]

    public static func homeFolder() -> URL? {
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        return nil
    }

    public static func check(_ folders: PublishFolders, protecting protected: Protected) throws(PublishRefusal) {
        let output = resolved(folders.output)
        let shown = folders.output.path
        let other = "换一个不存在或空的文件夹，例如 --output \(suggestion(for: folders.output))"
        if output == "/" {
            throw PublishRefusal("不能把网站生成到文件系统的根目录「/」。", fix: other + "。")
        }
        if let home = protected.home, output == resolved(home) {
            throw PublishRefusal("不能把网站生成到您的主文件夹「\(shown)」：生成网站会替换整个输出文件夹。", fix: other + "。")
        }
        for (folder, name) in [(protected.content, "内容文件夹"), (protected.templates, "模板文件夹")] {
            guard let folder else { continue }
            let inner = resolved(folder)
            if inner == output || inner.hasPrefix(output == "/" ? "/" : output + "/") {
                let relation = inner == output ? "就是\(name)" : "包含\(name)「\(folder.path)」"
                throw PublishRefusal("不能把网站生成到「\(shown)」：这个文件夹\(relation)，生成网站会替换整个输出文件夹，其中的文件会丢失。",
                                     fix: other + "（放在\(name)之外）。")
            }
        }
        if output == resolved(protected.currentDirectory),
           contentMarks.contains(where: { FileManager.default.fileExists(atPath: output + "/" + $0) }) {
            throw PublishRefusal("不能把网站生成到当前文件夹「\(shown)」：这里放着内容数据（site.toml、units.csv 或 cases/）。",
                                 fix: other + "。")
        }
        switch FolderState.of(folders.output) {
        case .missing, .empty, .site: break
        case .notFolder:
            throw PublishRefusal("不能把网站生成到「\(shown)」：这是一个文件，不是文件夹。", fix: other + "。")
        case .staging, .foreign:
            let foreign = foreignFiles(folders.output)
            throw PublishRefusal("不能把网站生成到「\(shown)」：这个文件夹里有不是 xfsite 生成的文件（\(listed(foreign))），"
                                 + "生成网站会替换整个文件夹。",
                                 fix: other + "；或者先把这些文件移到别处，再生成。")
        }
        try checkBeside(folders.previous, role: "上一版网站的备份文件夹")
        try checkBeside(folders.staging, role: "临时文件夹", allowStaging: true)
        try checkBeside(folders.discard, role: "临时文件夹")
    }

    /// `site.previous` and `.site.staging` are replaced by a build: only when
    /// they hold nothing but xfsite's own files.
    static func checkBeside(_ folder: URL, role: String, allowStaging: Bool = false) throws(PublishRefusal) {
        switch FolderState.of(folder) {
        case .missing, .empty, .site: return
        case .staging where allowStaging: return
        case .notFolder, .staging, .foreign:
            throw PublishRefusal("「\(folder.path)」是 xfsite 的\(role)，但里面有不是 xfsite 写的文件（\(listed(foreignFiles(folder)))），"
                                 + "生成时会替换它。",
                                 fix: "把这些文件移到别处（或给这个文件夹改名），再重新运行。")
        }
    }

    static func foreignFiles(_ folder: URL) -> [String] {
        if case .foreign(let files) = FolderState.of(folder) { return files }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            return [folder.lastPathComponent]
        }
        return FolderWalk.entries(folder)
    }

    static func listed(_ files: [String]) -> String {
        let shown = files.prefix(3).joined(separator: "、")
        return files.count > 3 ? "\(shown) 等 \(files.count) 个" : shown
    }

    static func suggestion(for output: URL) -> String {
        let name = output.lastPathComponent
        return name == "site" ? "xfsite-site" : "site"
    }

    /// The absolute path with symbolic links resolved as far as it exists, so
    /// that `.`, `..` and links cannot hide that two paths are one folder.
    static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL.path
        var rest: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                var path = String(cString: real)
                for part in rest.reversed() { path += (path == "/" ? "" : "/") + part }
                return path
            }
            let parent = (existing as NSString).deletingLastPathComponent
            if parent == existing || parent.isEmpty { return url.standardizedFileURL.path }
            rest.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }
}
