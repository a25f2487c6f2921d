import Foundation
import XFPublish
import XFSource

/// What the clerk sees when the pre-publish scan stops a build: each number
/// masked, the output files it is in, and the content file, line and column it
/// came from, found by looking the number up in the content files (only here,
/// after the scan has already found it).
enum PersonalDataReport {
    static let shownNumbers = 20

    static func text(_ findings: [PersonalDataFinding], dropped: Int = 0, content: URL) -> String {
        var byNumber: [String: [PersonalDataFinding]] = [:]
        for finding in findings { byNumber[finding.hit.text, default: []].append(finding) }
        let numbers = byNumber.keys.sorted()
        let sources = ContentSources(folder: content)
        var lines = ["错误：网站中发现 \(numbers.count) 个疑似个人信息的号码（身份证号或电话号码），未发布；原有网站保持不变。"]
        for number in numbers.prefix(shownNumbers) {
            let found = byNumber[number]!
            let paths = Array(Set(found.map(\.path))).sorted()
            let files = paths.count > 1 ? "\(paths[0]) 等 \(paths.count) 个文件" : paths[0]
            let origin = sources.locate(number).map { "来自 \($0)" } ?? "在内容文件中没有找到原文（可能来自模板）"
            lines.append("  \(found[0].hit.kind.rawValue) \(found[0].hit.masked)：出现在 \(files)，\(origin)")
        }
        if numbers.count > shownNumbers { lines.append("  ……另有 \(numbers.count - shownNumbers) 个号码") }
        if dropped > 0 { lines.append("  （另有 \(dropped) 处未逐一列出）") }
        lines.append("修改方法：把这些号码从数据中删除（姓名、身份证号、电话不应写进单位名称、活动名称、地点等栏目），"
                     + "改正后重新生成。如果这是本局对外公布的电话（如信访接待电话），"
                     + "在 site.toml 中写上 allowed_numbers = \"号码\"（多个用逗号分开），见 docs/SETTINGS.md。")
        return lines.joined(separator: "\n")
    }
}

/// The content folder's text files, decoded once, to find where a number was typed.
struct ContentSources {
    struct File {
        let path: String
        let bytes: [UInt8]
    }

    let files: [File]

    init(folder: URL) {
        let manager = FileManager.default
        var paths = ["site.toml", "units.csv", "domains.csv"]
        for sub in ["cases", "receptions", "publicity", "guides"] {
            let names = (try? manager.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path)) ?? []
            paths += names.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".guide") }.sorted().map { "\(sub)/\($0)" }
        }
        files = paths.compactMap { path in
            guard let raw = try? FileBytes.read(folder.appendingPathComponent(path).path),
                  case .success(let decoded) = TextDecoder.decode(raw, file: path) else { return nil }
            return File(path: path, bytes: decoded.bytes)
        }
    }

    /// `units.csv:3 列「名称」` for the first place the number stands as a whole
    /// (not inside a longer digit run), or nil.
    func locate(_ number: String) -> String? {
        let needle = Array(number.utf8)
        guard let first = needle.first else { return nil }
        for file in files {
            let bytes = file.bytes
            var index = 0
            while index + needle.count <= bytes.count {
                defer { index += 1 }
                guard bytes[index] == first, bytes[index ..< index + needle.count].elementsEqual(needle) else { continue }
                let before = index > 0 ? bytes[index - 1] : 0, after = index + needle.count < bytes.count ? bytes[index + needle.count] : 0
                if before &- 0x30 <= 9 || after &- 0x30 <= 9 { continue }
                return describe(file, at: index)
            }
        }
        return nil
    }

    private func describe(_ file: File, at offset: Int) -> String {
        let bytes = file.bytes
        var line = 1, lineStart = 0
        for position in 0 ..< offset where bytes[position] == UInt8(ascii: "\n") {
            line += 1
            lineStart = position + 1
        }
        guard file.path.hasSuffix(".csv") else { return "\(file.path):\(line)" }
        // The column: unquoted commas before the number on its line, named by the header.
        var column = 0, quoted = false
        for position in lineStart ..< offset {
            if bytes[position] == UInt8(ascii: "\"") { quoted.toggle() }
            if bytes[position] == UInt8(ascii: ","), !quoted { column += 1 }
        }
        let headerEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        var header = String(decoding: bytes[0 ..< headerEnd], as: UTF8.self)
        if header.hasPrefix("\u{FEFF}") { header.removeFirst() }
        let names = header.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" \r")) }
        let name = column < names.count ? "列「\(names[column])」" : "第 \(column + 1) 列"
        return "\(file.path):\(line) \(name)"
    }
}
