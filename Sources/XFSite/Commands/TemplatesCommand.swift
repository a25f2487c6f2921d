import Foundation
import XFBuiltin
import XFRecords
import XFSource

/// `xfsite templates --output DIR`: writes the built-in templates and styles out
/// for customising; `build --templates DIR` then uses every file found there in
/// place of the built-in one of the same name. With `--tables`, writes the blank
/// data tables as `.xlsx` workbooks instead, their drop-down lists of units and
/// domains taken from `--content`. Writes only into a folder that does not exist
/// or is empty, so it never overwrites anything.
enum TemplatesCommand: Subcommand {
    static let name = "templates"
    static let abstract = "导出内置模板：把内置的页面模板和样式写到一个新文件夹，供修改后用 build --templates 使用"
    static let options = [
        OptionSpec(name: "output", valueName: "文件夹", help: "写到哪个文件夹（必须不存在或为空）", defaultValue: "my-templates"),
        OptionSpec(name: "tables", valueName: nil,
                   help: "改为导出空白数据表（.xlsx，带下拉列表；责任单位、问题领域取自 --content 的 units.csv、domains.csv）",
                   defaultValue: nil),
        OptionSpec(name: "content", valueName: "文件夹", help: "与 --tables 一起使用：内容文件夹", defaultValue: "content"),
    ]

    static func run(_ arguments: Arguments, console: Console) -> ExitCode {
        if arguments.flag("tables") { return tables(arguments, console: console) }
        let folder = URL(fileURLWithPath: arguments.value("output") ?? "my-templates")
        guard let written = FreshFolder.write(console: console, into: folder, { BuiltinFiles.templates.map { ($0.path, $0.bytes) } }) else {
            return .usage
        }
        console.out("已导出 \(written) 个内置模板文件到 \(folder.path)（模板集 \(BuiltinFiles.templateSetID)）。")
        console.out("只保留要修改的文件即可：生成时用 xfsite build --templates \(folder.path)，其中的文件替换同名的内置模板，其余仍用内置模板。")
        return .success
    }

    /// The blank workbooks for the content's units and domains.
    static func tables(_ arguments: Arguments, console: Console) -> ExitCode {
        let folder = URL(fileURLWithPath: arguments.value("output") ?? "my-templates")
        let content = URL(fileURLWithPath: arguments.value("content") ?? "content")
        // The whole content is read (without units.csv the units come from the cases, as in a build).
        let loaded = ContentLoader(directory: content).load()
        if let missing = loaded.diagnostics.sorted.first(where: { $0.code == .contentMissing }) {
            console.err(missing.rendered)
            return .usage
        }
        let units = loaded.content.units, domains = loaded.content.domains
        guard let written = FreshFolder.write(console: console, into: folder, { try BlankWorkbooks.files(units: units, domains: domains) }) else {
            return .usage
        }
        console.out("已写出 \(written) 张空白数据表（.xlsx）到 \(folder.path)：责任单位 \(units.count) 个、问题领域 \(domains.count) 个作为下拉列表。")
        console.out("把要填写的表复制到内容文件夹的 cases/、receptions/、publicity/ 中即可。")
        return .success
    }
}

/// Writes a set of files into a folder that does not exist or is empty, so
/// nothing a user has is ever overwritten (`templates` and `init`).
enum FreshFolder {
    struct NotEmpty: Error, CustomStringConvertible {
        let folder: String
        var description: String {
            "文件夹「\(folder)」已存在且不是空的，为了不覆盖其中的文件，没有写入任何内容。\n修改方法：换一个不存在的文件夹名，或先把这个文件夹清空。"
        }
    }

    struct WriteFailed: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "无法写入「\(path)」：\(reason)。\n修改方法：请检查该位置的写入权限。" }
    }

    /// `write` for a command: the files made and written, or the error told and nil.
    static func write(console: Console, into folder: URL, _ files: () throws -> [(path: String, bytes: [UInt8])]) -> Int? {
        do { return try write(try files(), into: folder) } catch {
            console.err("错误：\(error)")
            return nil
        }
    }

    static func write(_ files: [(path: String, bytes: [UInt8])], into folder: URL) throws -> Int {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue, (try? manager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true else {
                throw NotEmpty(folder: folder.path)
            }
        }
        for file in files.sorted(by: { $0.path < $1.path }) {
            let url = folder.appendingPathComponent(file.path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // O_EXCL: a file that appeared meanwhile is never overwritten.
                let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                guard fd >= 0 else { throw WriteFailed(path: url.path, reason: String(cString: strerror(errno))) }
                defer { close(fd) }
                let count = file.bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
                guard count == file.bytes.count else { throw WriteFailed(path: url.path, reason: String(cString: strerror(errno))) }
            } catch let error as WriteFailed {
                throw error
            } catch {
                throw WriteFailed(path: url.path, reason: error.localizedDescription)
            }
        }
        return files.count
    }
}
