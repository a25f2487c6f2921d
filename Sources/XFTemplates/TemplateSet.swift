import Foundation
import XFSource

// Template syntax (logic-less, Mustache-like):
//   {{name}} {{unit.name}} {{.}}   value, escaped for where it stands (see below)
//   {{#list}}…{{/list}}            repeat per item; once for true or a non-empty
//                                  object/string (which becomes the context)
//   {{^x}}…{{/x}}                  when x is false, null, missing, [] or ""
//   {{! comment }}                 nothing; may span lines
//   {{> name}}                     partials/name.html, with the current context
//   {{{x}}} or {{& x}}             raw output; only TrustedMarkup values
//   {{< layout}}                   first line of a page: render layout.html with
//   {{$content}}…{{/content}}      these blocks; in the layout, the same tag marks
//                                  a slot whose body is the default
// Tags other than values alone on a line remove that line, so they leave no blank
// line; a standalone partial is inserted without re-indenting its lines.
// Escaping is fixed at parse time by the HTML around the tag: text → text rule;
// quoted attribute → attribute rule; href/src/action/xlink:href/… → links whose
// value starts a javascript:, vbscript: or data: URL render as `#` (the page
// still builds; a hostile CSV value cannot stop publishing), unsafe bytes are
// percent-encoded; inside <svg> the same plus XML-forbidden characters dropped.
// Values in <script>/<style>, event attributes, HTML comments, tag or attribute
// names and unquoted attribute values are parse errors.

/// All templates of a site, parsed once and checked together: every partial,
/// layout and block a template names must exist. Pages and layouts are the
/// `*.html` files of the folder; partials are `partials/*.html`, named without
/// the folder or extension (`{{> header}}` is `partials/header.html`).
///
/// They are read at run time, so editing a template needs no recompiling.
public struct TemplateSet: Sendable {
    let templates: [String: Template]
    let partials: [String: Template]

    /// Page and layout names, sorted.
    public var names: [String] { templates.keys.sorted() }
    public var partialNames: [String] { partials.keys.sorted() }

    /// Loads `directory/*.html` and `directory/partials/*.html`. Errors name the
    /// files as `directory/…`, e.g. `site-templates/page.html:12:5`.
    public init(directory: String) throws(TemplateError) {
        let files = try TemplateFiles.read(directory: directory)
        try self.init(files: files)
    }

    /// Templates given as text, keyed by their path inside the template folder
    /// (`page.html`, `partials/header.html`). Errors name the file as the key,
    /// or as `folder/key` when a folder is given.
    public init(sources: [String: String], folder: String? = nil) throws(TemplateError) {
        try self.init(files: sources.map { path, text in
            TemplateFiles.File(path: path, label: folder.map { "\($0)/\(path)" } ?? path, bytes: Array(text.utf8))
        })
    }

    /// Templates given as bytes (the built-in set, or it overlaid by a folder),
    /// keyed by path inside the template folder; `label` names each in errors.
    public init(files: [String: [UInt8]], label: (String) -> String) throws(TemplateError) {
        try self.init(files: files.map { TemplateFiles.File(path: $0.key, label: label($0.key), bytes: $0.value) })
    }

    init(files: [TemplateFiles.File]) throws(TemplateError) {
        var templates: [String: Template] = [:]
        var partials: [String: Template] = [:]
        for file in files.sorted(by: { $0.path < $1.path }) {
            let (name, isPartial) = try TemplateFiles.name(of: file)
            let template = try Template(name: name, file: file.label, source: TemplateFiles.withoutByteOrderMark(file.bytes))
            if isPartial { partials[name] = template } else { templates[name] = template }
        }
        self.templates = templates
        self.partials = partials
        try TemplateSetCheck(templates: templates, partials: partials).run()
    }

    /// Renders a page or layout by name (`page` or `page.html`).
    public func render(_ name: String, _ value: TemplateValue) throws(TemplateError) -> String {
        String(decoding: try renderBytes(name, value), as: UTF8.self)
    }

    /// The page as UTF-8 bytes, ready to write: no round trip through `String`.
    /// `capacity`: the size expected (say, of the last page of this template), so the
    /// buffer is not regrown and copied as a 50 KB page fills it.
    /// `memo`: sections over shared values rendered once (see `RenderMemo`).
    public func renderBytes(_ name: String, _ value: TemplateValue, capacity: Int = 0,
                            memo: RenderMemo? = nil) throws(TemplateError) -> [UInt8] {
        let name = name.hasSuffix(".html") ? String(name.dropLast(5)) : name
        guard let page = templates[name] else {
            throw TemplateError(code: .templateUnknownTemplate, file: name, message: "没有名为 \(name) 的页面模板",
                                hint: NameSuggestion.hint(for: name, among: names) { $0 })
        }
        let layoutSize = page.layout.flatMap { templates[$0.name]?.source.count } ?? 0
        var renderer = TemplateRenderer(templates: templates, partials: partials, root: value,
                                        capacity: max(capacity, 2 * (page.source.count + layoutSize) + 1024), memo: memo)
        try renderer.renderPage(page)
        return renderer.out
    }
}

/// Reading the template folder from disk; nothing is skipped silently.
enum TemplateFiles {
    struct File {
        /// Inside the template folder: `page.html` or `partials/header.html`.
        let path: String
        /// As shown in errors.
        let label: String
        let bytes: [UInt8]
    }

    static func read(directory: String) throws(TemplateError) -> [File] {
        let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw TemplateError(code: .templateMissingFolder, file: root, message: "找不到模板文件夹",
                                hint: "请确认文件夹 \(root) 存在，里面放着 *.html 模板")
        }
        var files = try htmlFiles(in: root, prefix: "")
        let partialsFolder = root + "/partials"
        if FileManager.default.fileExists(atPath: partialsFolder, isDirectory: &isFolder), isFolder.boolValue {
            files += try htmlFiles(in: partialsFolder, prefix: "partials/")
        }
        return files
    }

    private static func htmlFiles(in folder: String, prefix: String) throws(TemplateError) -> [File] {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw TemplateError(code: .templateUnreadableFolder, file: folder, message: "无法读取模板文件夹",
                                hint: "请检查文件夹的访问权限")
        }
        var files: [File] = []
        for entry in entries.sorted() where entry.hasSuffix(".html") {
            let path = folder + "/" + entry
            guard let data = FileManager.default.contents(atPath: path) else {
                throw TemplateError(code: .templateUnreadableFile, file: path, message: "无法读取模板文件",
                                    hint: "请检查文件的访问权限")
            }
            files.append(File(path: prefix + entry, label: path, bytes: [UInt8](data)))
        }
        return files
    }

    /// `page.html` → (`page`, false); `partials/header.html` → (`header`, true).
    static func name(of file: File) throws(TemplateError) -> (name: String, isPartial: Bool) {
        guard String(validating: file.bytes, as: UTF8.self) != nil else {
            throw TemplateError(code: .templateNotUTF8, file: file.label, message: "模板文件不是 UTF-8 编码",
                                hint: "请在编辑器中把文件另存为 UTF-8 编码")
        }
        var path = Substring(file.path)
        if path.hasSuffix(".html") { path = path.dropLast(5) }
        let isPartial = path.hasPrefix("partials/")
        if isPartial { path = path.dropFirst("partials/".count) }
        guard !path.isEmpty, !path.contains("/") else {
            throw TemplateError(code: .templateMisplacedFile, file: file.label,
                                message: "模板只能放在模板文件夹或其中的 partials 文件夹里",
                                hint: "请把文件移到模板文件夹或 partials/ 中")
        }
        return (String(path), isPartial)
    }

    /// Editors on Windows often save UTF-8 with a byte order mark; it is not content.
    static func withoutByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }
}
