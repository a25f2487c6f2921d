import Foundation
import XFSource
import XFText

/// A subcommand of `xfsite`.
protocol Subcommand: Sendable {
    static var name: String { get }
    static var abstract: String { get }
    static var options: [OptionSpec] { get }
    static func run(_ arguments: Arguments, console: Console) -> ExitCode
}

/// The `xfsite` command line: dispatches to subcommands, prints help and version,
/// and turns usage errors into a message, the usage line and exit code 64.
/// It never reads `CommandLine` itself, so tests drive it with plain arrays.
public enum CommandLineTool {
    public static let version = "0.1.0"

    static let subcommands: [any Subcommand.Type] = [CheckCommand.self, BuildCommand.self]

    public static func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let first = arguments.first else {
            console.err(help())
            return .usage
        }
        switch first {
        case "--help", "-h", "help":
            console.out(help())
            return .success
        case "--version":
            console.out("xfsite \(version)")
            return .success
        default:
            break
        }
        guard let command = subcommands.first(where: { $0.name == first }) else {
            let hint = closestCommand(first).map { "您是否想写 xfsite \($0)？" } ?? ""
            console.err("错误：不认识的子命令「\(first)」。\(hint)\n\n\(help())")
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.out(help(for: command))
            return .success
        }
        do {
            let parsed = try Arguments.parse(rest, options: command.options)
            return command.run(parsed, console: console)
        } catch {
            console.err("错误：\(error.message)\n\n\(help(for: command))")
            return .usage
        }
    }

    static func closestCommand(_ word: String) -> String? {
        Suggestion.closest(to: word, among: subcommands.map { $0.name })
    }

    public static func help() -> String {
        var lines = [
            "xfsite \(version)：信访工作数据看板与公开导引页面的静态网站生成工具",
            "",
            "用法：xfsite <子命令> [选项]",
            "",
            "子命令：",
        ]
        for command in subcommands {
            lines.append("  " + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + command.abstract)
        }
        lines += ["", "选项：", "  --help     显示帮助", "  --version  显示版本", "",
                  "查看子命令的选项：xfsite <子命令> --help"]
        return lines.joined(separator: "\n")
    }

    static func help(for command: any Subcommand.Type) -> String {
        var lines = ["xfsite \(command.name)：\(command.abstract)", "", "用法：xfsite \(command.name) [选项]", "", "选项："]
        for option in command.options {
            let left = "--\(option.name)" + (option.valueName.map { " <\($0)>" } ?? "")
            let defaultText = option.defaultValue.map { "（默认：\($0)）" } ?? ""
            lines.append("  " + TextWidth.padded(left, toCells: 22) + option.help + defaultText)
        }
        lines.append("  --help                显示本帮助")
        return lines.joined(separator: "\n")
    }
}
