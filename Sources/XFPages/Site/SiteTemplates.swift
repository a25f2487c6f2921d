import Foundation
import XFSource
import XFTemplates

/// The template folder (`site-templates/`), read at build time so that editing a
/// template or the stylesheet needs no recompiling: its `*.html` pages and
/// partials, and every file under `assets/`, copied to `intranet/assets/`.
public struct SiteTemplates: Sendable {
    /// The one default for `--templates` and for every caller that names no folder.
    public static let defaultFolder = "site-templates"
    public static let assetsFolder = "assets"

    public let folder: String
    public let set: TemplateSet
    /// Asset files by path inside `assets/`, sorted.
    public let assets: [(path: String, bytes: [UInt8])]

    /// Why the template folder could not be used, told so a clerk can fix it.
    public enum LoadError: Error, Sendable, CustomStringConvertible {
        case missingFolder(folder: String, searched: String)
        case template(TemplateError)
        /// The folder has no `assets/`: the site would have no stylesheet.
        case missingAssets(folder: String)
        case unreadableAsset(path: String, errno: Int32)

        public var description: String {
            switch self {
            case .missingFolder(let folder, let searched):
                "找不到模板文件夹「\(folder)」（查找位置：\(searched)）。请在项目根目录（含 site-templates 文件夹的目录）运行 xfsite build，或用 --templates 指定模板文件夹。"
            case .template(let error):
                error.rendered
            case .missingAssets(let folder):
                "模板文件夹中缺少 \(folder)（样式表和图片所在的文件夹），生成的网站会没有样式。请从程序仓库的 site-templates/\(SiteTemplates.assetsFolder)/ 复制。"
            case .unreadableAsset(let path, let errno):
                "无法读取模板文件 \(path)：\(SystemReason.text(errno, writing: false))。请检查该文件的读取权限。"
            }
        }

        /// The problem as `xfsite check` lists it.
        public var diagnostic: Diagnostic {
            switch self {
            case .template(let error):
                error.diagnostic
            case .missingFolder(let folder, _):
                Diagnostic(code: .templateMissingFolder, at: SourceLocation(file: folder), message: "找不到模板文件夹。",
                           fix: "在项目根目录（含 site-templates 文件夹的目录）运行，或用 --templates 指定模板文件夹。")
            case .missingAssets(let folder):
                Diagnostic(code: .templateMissingAssets, at: SourceLocation(file: folder),
                           message: "缺少样式表和图片所在的文件夹，生成的网站会没有样式。",
                           fix: "从程序仓库的 site-templates/\(SiteTemplates.assetsFolder)/ 复制该文件夹。")
            case .unreadableAsset(let path, let errno):
                Diagnostic(code: .fileUnreadable, at: SourceLocation(file: path),
                           message: "无法读取模板文件：\(SystemReason.text(errno, writing: false))。",
                           fix: "检查该文件的读取权限。")
            }
        }
    }

    /// Loads `folder`, or `site-templates` in the current directory when nil.
    public init(folder: String? = nil) throws(LoadError) {
        let chosen = folder ?? Self.defaultFolder
        let absolute = chosen.hasPrefix("/") ? chosen : FileManager.default.currentDirectoryPath + "/" + chosen
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder), isFolder.boolValue else {
            throw .missingFolder(folder: chosen, searched: absolute)
        }
        self.folder = chosen
        do { set = try TemplateSet(directory: chosen) } catch { throw .template(error) }
        assets = try Self.readAssets(chosen + "/" + Self.assetsFolder)
    }

    /// Templates given in memory (tests), with the real stylesheet optional.
    public init(set: TemplateSet, assets: [(path: String, bytes: [UInt8])] = []) {
        folder = "(memory)"
        self.set = set
        self.assets = assets
    }

    /// Every file below `folder`, sorted by path; a missing folder or an unreadable
    /// file is an error, never a site without its stylesheet.
    static func readAssets(_ folder: String) throws(LoadError) -> [(path: String, bytes: [UInt8])] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
              let walker = manager.enumerator(atPath: folder) else { throw .missingAssets(folder: folder) }
        var found: [(path: String, bytes: [UInt8])] = []
        while let entry = walker.nextObject() as? String {
            let path = folder + "/" + entry
            guard manager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            do {
                found.append((entry, try FileBytes.read(path)))
            } catch {
                throw .unreadableAsset(path: path, errno: error.errno)
            }
        }
        return found.sorted { $0.path < $1.path }
    }
}
