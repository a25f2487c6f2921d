import Foundation
import XFPublish

/// `xfsite rollback`: publish again the site that the last build replaced.
enum RollbackCommand: Subcommand {
    static let name = "rollback"
    static let abstract = "恢复上一版网站：用 site.previous 替换当前网站（再运行一次即撤销）"
    static let output = OptionSpec.siteOutput(help: "输出文件夹（与生成时相同）")
    static let options = [output]

    static func run(_ arguments: Arguments, console: Console) -> ExitCode {
        let folders = PublishFolders(output: arguments.folder(output))
        do {
            try Rollback.check(folders)
            let lock = try SiteLock(folders)
            defer { withExtendedLifetime(lock) {} }
            switch try Rollback.run(folders) {
            case .exchanged:
                console.out("已恢复上一版网站：\(folders.output.path)。被替换的网站保存在 \(folders.previous.path)（再运行一次 xfsite rollback 即可撤销）。")
            case .restored:
                console.out("已恢复上一版网站：\(folders.output.path)。")
            }
            return .success
        } catch {
            console.err("错误：\(error)")
            return .failure
        }
    }
}
