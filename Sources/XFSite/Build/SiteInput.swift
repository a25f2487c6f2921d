import Foundation
import XFBuiltin
import XFGuides
import XFIndicators
import XFPages
import XFRecords
import XFSource
import XFTemplates

/// Everything a build reads, loaded once for `check` and `build` alike: the
/// content tables, the guides, and the template folder, with every problem found
/// in any of them and the text of the files a report may quote.
public struct SiteInput: Sendable {
    /// The content folder as the user named it, for messages.
    public let contentPath: String
    public let content: Content
    public let guides: GuideFolder
    /// The template folder, when it was loaded without problems.
    public let theme: SiteTheme?
    /// The templates as the report names them: the built-in set, or it with an
    /// override folder; and whether they were checked (always, since they are built in).
    public let templateFolder: String
    public let templatesChecked: Bool
    /// Problems of the tables, guides and templates, in file order.
    public let diagnostics: [Diagnostic]
    /// The template folder's problems alone: nothing can be built past them.
    public let templateProblems: [Diagnostic]
    public let sources: SourceFiles

    /// Errors in the content (tables and guides); `--skip-invalid` may build past them.
    public var contentErrorCount: Int { errorCount - templateProblems.errorCount }
    public var errorCount: Int { diagnostics.errorCount }

    /// Reads `content` and the templates: the built-in set, overlaid file by file
    /// by the folder `templates` when given (a missing one is a problem).
    public static func load(content: String, templates: String? = nil) -> SiteInput {
        let folder = URL(fileURLWithPath: content)
        let tables = ContentLoader(directory: folder).load()
        let guides = GuideFolder.load(contentDirectory: folder)
        var sources = tables.sources
        sources.merge(guides.sources)
        var all = tables.diagnostics
        all.append(contentsOf: guides.diagnostics)
        all.append(contentsOf: IndicatorTargets.resolve(tables.content.settings).diagnostics)

        var theme: SiteTheme?
        var templateProblems: [Diagnostic] = []
        switch SiteTheme.load(overriddenBy: templates) {
        case .success(let loaded):
            theme = loaded
        case .failure(let problem):
            all.append(problem)
            templateProblems.append(problem)
            if problem.location.line > 0, let text = try? FileBytes.read(problem.location.file) {
                sources.add(String(decoding: text, as: UTF8.self), path: problem.location.file)
            }
        }
        let named = templates.map { "内置模板，\($0) 中的文件替换同名模板" } ?? "内置模板"
        return SiteInput(contentPath: content, content: tables.content, guides: guides, theme: theme,
                         templateFolder: named, templatesChecked: true, diagnostics: all.sorted,
                         templateProblems: templateProblems, sources: sources)
    }
}

/// The template folder as the build uses it: the dashboard's pages and assets
/// and the public pages' templates and stylesheet.
public struct SiteTheme: Sendable {
    public let dashboard: SiteTemplates
    public let publicPages: PublicSite.Theme

    /// The built-in templates (compiled into the program from `site-templates/`),
    /// overlaid file by file by `folder` when given.
    public static func files(overriddenBy folder: String?) throws -> SiteTemplateFiles {
        let builtin = SiteTemplateFiles(files: BuiltinFiles.templateFiles)
        guard let folder else { return builtin }
        return try builtin.overlaid(by: URL(fileURLWithPath: folder))
    }

    static func load(overriddenBy folder: String?) -> Result<SiteTheme, Diagnostic> {
        do {
            let files = try files(overriddenBy: folder)
            return .success(SiteTheme(dashboard: try SiteTemplates(files: files),
                                      publicPages: try PublicSite.Theme.load(files: files)))
        } catch let error as TemplateError {
            return .failure(error.diagnostic)
        } catch let error as SiteTemplates.LoadError {
            return .failure(error.diagnostic)
        } catch let error as SiteTemplateFiles.UnreadableFolder {
            return .failure(Diagnostic(code: .templateMissingFolder, at: SourceLocation(file: error.folder),
                                       message: "找不到模板文件夹（或无法读取）。",
                                       fix: "确认 --templates 指定的文件夹存在；要从内置模板开始修改，先运行 xfsite templates --output 文件夹。"))
        } catch let error as PublicSite.Theme.MissingStylesheet {
            return .failure(Diagnostic(code: .templateMissingStylesheet, at: SourceLocation(file: error.path),
                                       message: "找不到公开页面的样式表。",
                                       fix: "删除自定义模板文件夹中的同名文件以使用内置样式表。"))
        } catch {
            return .failure(Diagnostic(code: .templateMissingStylesheet, at: SourceLocation(file: folder ?? "内置模板"),
                                       message: "无法读取页面模板。", fix: "确认模板文件夹完整。"))
        }
    }
}
