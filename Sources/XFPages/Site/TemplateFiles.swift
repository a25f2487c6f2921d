import Foundation
import XFSource
import XFTemplates

/// The files of a template set in memory, by path inside the template folder
/// (`layout.html`, `partials/kpi.html`, `public/guide.html`, `assets/dashboard.css`):
/// the built-in set, optionally overlaid file by file by a folder (a file there
/// replaces the built-in one of the same path, like a Hugo theme override).
public struct SiteTemplateFiles: Sendable {
    public private(set) var files: [String: [UInt8]]
    /// Paths that came from the override folder, for error messages.
    public private(set) var overridden: [String: String] = [:]

    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    /// A folder that does not exist or cannot be read, told so a clerk can fix it.
    public struct UnreadableFolder: Error, CustomStringConvertible {
        public let folder: String
        public var description: String {
            "找不到模板文件夹「\(folder)」（或无法读取）。请确认 --templates 指定的文件夹存在；要从内置模板开始修改，可先运行 xfsite templates --output \(folder)。"
        }
    }

    /// Every file of `folder` (hidden files skipped) replaces or adds to the set.
    public func overlaid(by folder: URL) throws -> SiteTemplateFiles {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue,
              let walker = FileManager.default.enumerator(atPath: folder.path) else {
            throw UnreadableFolder(folder: folder.path)
        }
        var result = self
        while let entry = walker.nextObject() as? String {
            let full = folder.path + "/" + entry
            guard !entry.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            do {
                result.files[entry] = try FileBytes.read(full)
            } catch {
                throw SiteTemplates.LoadError.unreadableAsset(path: full, errno: error.errno)
            }
            result.overridden[entry] = full
        }
        return result
    }

    /// How errors name a file: its override path, or `（内置模板）path`.
    public func label(_ path: String) -> String { overridden[path] ?? "（内置模板）\(path)" }

    /// The files under `folder/`, keyed without it.
    func inside(_ folder: String) -> [String: [UInt8]] {
        var found: [String: [UInt8]] = [:]
        for (path, bytes) in files where path.hasPrefix(folder + "/") { found[String(path.dropFirst(folder.count + 1))] = bytes }
        return found
    }

    /// Page templates and partials: `*.html` at the top and `partials/*.html`.
    func templateSet(in folder: String? = nil) throws -> TemplateSet {
        let scope = folder.map(inside) ?? files
        let chosen = scope.filter { path, _ in
            path.hasSuffix(".html") && (!path.contains("/") || (path.hasPrefix("partials/") && path.split(separator: "/").count == 2))
        }
        let prefix = folder.map { $0 + "/" } ?? ""
        return try TemplateSet(files: chosen, label: { label(prefix + $0) })
    }
}

extension SiteTemplates {
    /// The dashboard's templates and `assets/` from a set in memory.
    public init(files: SiteTemplateFiles) throws {
        let assets = files.inside("assets").map { (path: $0.key, bytes: $0.value) }.sorted { $0.path < $1.path }
        self.init(set: try files.templateSet(), assets: assets)
    }
}

extension PublicSite.Theme {
    /// The public pages' templates (`public/`) and stylesheet from a set in memory.
    public static func load(files: SiteTemplateFiles) throws -> PublicSite.Theme {
        guard let css = files.files[PublicSite.stylesheetSource] else {
            throw PublicSite.Theme.MissingStylesheet(path: files.label(PublicSite.stylesheetSource))
        }
        return PublicSite.Theme(templates: try files.templateSet(in: PublicSite.templateFolder), stylesheet: css)
    }
}
