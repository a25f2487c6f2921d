import Foundation
import XFTestSupport

/// The `xfsite` executable `swift test` built, or nil (the suites that need it skip).
let xfsiteExecutable = ExternalTool.built("xfsite")

/// Runs the built `xfsite` executable as a user would: in a working folder, with
/// an environment (replacing the whole environment when given).
func runXfsite(_ executable: URL, _ arguments: [String], in folder: URL? = nil,
               environment: [String: String]? = nil) throws -> ExternalTool.Output {
    try ExternalTool.run(executable.path, arguments, environment: environment, currentDirectory: folder)
}

/// Every entry under `root` (files with their bytes, folders and links marked),
/// hidden ones included, by relative path: equal snapshots mean nothing changed.
func treeSnapshot(_ root: URL) -> [String: Data] {
    var entries: [String: Data] = [:]
    func walk(_ path: String, _ prefix: String) {
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() {
            let full = path + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                entries[prefix + name + "/"] = Data()
                walk(full, prefix + name + "/")
            case S_IFREG:
                entries[prefix + name] = FileManager.default.contents(atPath: full) ?? Data("unreadable".utf8)
            default:
                entries[prefix + name] = Data("special \(info.st_mode)".utf8)
            }
        }
    }
    walk(root.path, "")
    return entries
}
