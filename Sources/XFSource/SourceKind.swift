/// What kind of file is being read, so that the reader's advice fits it: a table
/// is saved from Excel or WPS, a guide or the settings file from a text editor.
public enum SourceKind: Sendable, Hashable {
    case table
    case guide
    case settings

    /// What the file should have been, in a refusal: "CSV 文本文件" or "文本文件".
    var textName: String { self == .table ? " CSV 文本文件" : "文本文件" }

    /// How to save the file again as text the tool reads, or nil for tables,
    /// whose advice differs per problem (CSV or CSV UTF-8 from Excel).
    var resaveAdvice: String? {
        switch self {
        case .table: nil
        case .guide: "导引图是纯文本文件：请用记事本或其他文本编辑器打开，“另存为”时编码选择 UTF-8。"
        case .settings: "site.toml 是纯文本设置文件：请用记事本或其他文本编辑器打开，“另存为”时编码选择 UTF-8。"
        }
    }

    /// The diagnostic for a file that could not be read at all.
    public func unreadable(_ path: String, _ error: FileBytes.ReadError) -> Diagnostic {
        switch self {
        case .table, .guide:
            Diagnostic(code: .fileUnreadable, at: SourceLocation(file: path),
                       message: "无法读取文件：\(error.reason)",
                       fix: self == .table ? "检查文件是否存在、是否被其他程序（如 Excel）占用，以及是否有读取权限。"
                                           : "检查文件是否存在，以及是否有读取权限。")
        case .settings:
            Diagnostic(code: .fileUnreadable, at: SourceLocation(file: path),
                       message: "无法读取设置文件：\(error.reason)。", fix: "检查文件权限，或删除该文件以使用默认设置。")
        }
    }
}

/// A text file read whole and decoded (UTF-8 or GB18030), for guides and settings.
public enum SourceText {
    public static func read(_ filePath: String, as path: String, kind: SourceKind) -> Result<String, Diagnostic> {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(filePath)
        } catch {
            return .failure(kind.unreadable(path, error))
        }
        return TextDecoder.decode(bytes, file: path, kind: kind).map { String(decoding: $0.bytes, as: UTF8.self) }
    }
}
