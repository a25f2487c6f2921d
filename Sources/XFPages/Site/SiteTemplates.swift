import Foundation
import XFTemplates

/// The template folder (`site-templates/`), read at build time so that editing a
/// template or the stylesheet needs no recompiling: its `*.html` pages and
/// partials, and every file under `assets/`, copied to `intranet/assets/`.
public struct SiteTemplates: Sendable {
    public static let defaultFolder = "site-templates"

    public let folder: String
    public let set: TemplateSet
    /// Asset files by path inside `assets/`, sorted.
    public let assets: [(path: String, bytes: [UInt8])]

    /// A missing folder, told so a clerk can fix it.
    public struct MissingFolder: Error, CustomStringConvertible {
        public let folder: String
        public let searched: String
        public var description: String {
            "找不到模板文件夹「\(folder)」（查找位置：\(searched)）。请在项目根目录（含 site-templates 文件夹的目录）运行 xfsite build，或用 --templates 指定模板文件夹。"
        }
    }

    /// Loads `folder`, or `site-templates` in the current directory when nil.
    public init(folder: String? = nil) throws {
        let chosen = folder ?? Self.defaultFolder
        let absolute = chosen.hasPrefix("/") ? chosen : FileManager.default.currentDirectoryPath + "/" + chosen
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder), isFolder.boolValue else {
            throw MissingFolder(folder: chosen, searched: absolute)
        }
        self.folder = chosen
        set = try TemplateSet(directory: chosen)
        assets = try Self.readAssets(chosen + "/assets")
    }

    /// Templates given in memory (tests), with the real stylesheet optional.
    public init(set: TemplateSet, assets: [(path: String, bytes: [UInt8])] = []) {
        folder = "(memory)"
        self.set = set
        self.assets = assets
    }

    static func readAssets(_ folder: String) throws -> [(path: String, bytes: [UInt8])] {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: folder) else { return [] }
        var found: [(path: String, bytes: [UInt8])] = []
        while let entry = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder + "/" + entry
            guard manager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let data = manager.contents(atPath: path) else {
                throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            found.append((entry, [UInt8](data)))
        }
        return found.sorted { $0.path < $1.path }
    }
}
