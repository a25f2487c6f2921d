import Foundation
import XFSource

/// The options of one subcommand, declared as data so that parsing, `--help` and
/// "did you mean" suggestions all come from one list.
struct OptionSpec: Sendable {
    let name: String
    let valueName: String?
    let help: String
    let defaultValue: String?

    /// `--content`, shared by `check` and `build`.
    static let content = OptionSpec(name: "content", valueName: "文件夹", help: "内容文件夹", defaultValue: "content")

    /// `--output`, the site folder, shared by `build` and `rollback` (each says it in its own words).
    static func siteOutput(help: String) -> OptionSpec {
        OptionSpec(name: "output", valueName: "文件夹", help: help, defaultValue: "site")
    }
}

/// Parsed `--name value` and `--flag` options.
struct Arguments: Sendable {
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    func value(_ name: String) -> String? { values[name] }
    /// The value given, else the option's declared default: each default is written once.
    func value(_ option: OptionSpec) -> String { values[option.name] ?? option.defaultValue ?? "" }
    /// The folder an option names, given or by default.
    func folder(_ option: OptionSpec) -> URL { URL(fileURLWithPath: value(option)) }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    struct UsageError: Error {
        let message: String
    }

    /// Accepts `--name value`, `--name=value` and flags; anything else is a usage error
    /// with the closest option suggested.
    static func parse(_ words: [String], options: [OptionSpec]) throws(UsageError) -> Arguments {
        var parsed = Arguments()
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("--") else {
                throw UsageError(message: "多余的参数「\(word)」。")
            }
            var name = String(word.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = options.first(where: { $0.name == name }) else {
                let hint = Suggestion.closest(to: name, among: options.map(\.name)).map { "您是否想写 --\($0)？" } ?? ""
                throw UsageError(message: "不认识的选项「--\(name)」。\(hint)")
            }
            guard option.valueName != nil else {
                parsed.flags.insert(name)
                continue
            }
            if let inlineValue {
                parsed.values[name] = inlineValue
            } else if index < words.count {
                parsed.values[name] = words[index]
                index += 1
            } else {
                throw UsageError(message: "选项 --\(name) 后面缺少\(option.valueName!)。")
            }
        }
        return parsed
    }
}
