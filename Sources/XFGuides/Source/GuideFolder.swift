import Foundation
import XFSource

/// The guides of a content folder: every `guides/*.guide` file in byte order of
/// its name, decoded from UTF-8 or GB18030 like the tables, parsed, and checked
/// for clashing page addresses. Every problem is collected; none stops the reading.
public struct GuideFolder: Sendable {
    /// The folder inside the content folder.
    public static let folder = "guides"
    public static let fileExtension = ".guide"

    /// The guides that parsed without errors, in file-name order.
    public var guides: [Guide]
    public var diagnostics: [Diagnostic]
    /// Guide files found, whether or not they parsed.
    public var filesRead: Int
    /// The text of each guide file read, for showing a problem's line with a caret.
    public var sources = SourceFiles()

    public init(guides: [Guide] = [], diagnostics: [Diagnostic] = [], filesRead: Int = 0) {
        self.guides = guides
        self.diagnostics = diagnostics
        self.filesRead = filesRead
    }

    public var errorCount: Int { diagnostics.errorCount }

    /// Reads `contentDirectory/guides/`. A content folder without that folder has
    /// no guides, which is not a problem: the public index then lists none.
    /// `today` dates the check of each guide's legal basis (warned when over a year old).
    public static func load(contentDirectory: URL, today: GuideDate = .today) -> GuideFolder {
        let root = contentDirectory.appendingPathComponent(folder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            return GuideFolder()
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: root.path)
        } catch {
            return GuideFolder(diagnostics: [Diagnostic(
                code: .guideUnreadableFolder, at: SourceLocation(file: folder),
                message: "无法读取导引图文件夹。",
                fix: "检查文件夹 \(folder)/ 的访问权限。")])
        }
        let files = names.filter { $0.hasSuffix(fileExtension) && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var library = GuideFolder(filesRead: files.count)
        for name in files {
            let path = "\(folder)/\(name)"
            switch SourceText.read(root.appendingPathComponent(name).path, as: path, kind: .guide) {
            case .failure(let diagnostic):
                library.diagnostics.append(diagnostic)
            case .success(let text):
                library.read(text, path: path, today: today)
            }
        }
        return library
    }

    /// Parses guides given as text, keyed by their path inside the content folder
    /// (`guides/01-路线图.guide`), in the same order and with the same checks.
    public static func parse(sources: [String: String], today: GuideDate = .today) -> GuideFolder {
        var library = GuideFolder(filesRead: sources.count)
        for (path, text) in sources.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            library.read(text, path: path, today: today)
        }
        return library
    }

    /// One guide's text: kept for the caret printer, parsed, its check date aged.
    private mutating func read(_ text: String, path: String, today: GuideDate) {
        sources.add(text, path: path)
        var (guide, problems) = GuideSource.parse(text, file: path)
        if let guide, let old = GuideSource.reviewAge(guide, today: today) { problems.append(old) }
        diagnostics += problems
        if let guide { add(guide) }
    }

    /// Two files whose names start alike (`01-a.guide`, `01-b.guide`) would share
    /// one web address, and one page would silently replace the other.
    mutating func add(_ guide: Guide) {
        if let earlier = guides.first(where: { $0.slug == guide.slug }) {
            diagnostics.append(Diagnostic(
                code: .guideDuplicateSlug, at: SourceLocation(file: guide.file, line: 1, characterColumn: 1),
                value: guide.slug,
                message: "与 \(earlier.file) 的网页编号相同（都是 \(guide.slug)），两张图会写到同一个网页。",
                fix: "把其中一个文件名开头的编号改成没用过的两位数字，例如 \(String(format: "%02d", guides.count + 1))-……\(Self.fileExtension)。"))
            return
        }
        guides.append(guide)
    }
}

extension GuideDate {
    /// Today in China (UTC+8), where the bureau reads its posters.
    public static var today: GuideDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return GuideDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
