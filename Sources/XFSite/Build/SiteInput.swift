import Foundation
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
    /// The template folder as named, and whether it was checked at all (`check`
    /// without `--templates` skips a default folder that is not there).
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

    /// Reads `content` and the template folder `templates`. A missing template
    /// folder is a problem unless `templatesOptional` (`check` run where no
    /// templates are).
    public static func load(content: String, templates: String = SiteTemplates.defaultFolder,
                            templatesOptional: Bool = false) -> SiteInput {
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
        var checked = true
        if templatesOptional && !FileManager.default.fileExists(atPath: templates) {
            checked = false
        } else {
            switch SiteTheme.load(folder: templates) {
            case .success(let loaded):
                theme = loaded
            case .failure(let problem):
                all.append(problem)
                templateProblems.append(problem)
                if problem.location.line > 0, let text = try? FileBytes.read(problem.location.file) {
                    sources.add(String(decoding: text, as: UTF8.self), path: problem.location.file)
                }
            }
        }
        return SiteInput(contentPath: content, content: tables.content, guides: guides, theme: theme,
                         templateFolder: templates, templatesChecked: checked, diagnostics: all.sorted,
                         templateProblems: templateProblems, sources: sources)
    }
}

/// The template folder as the build uses it: the dashboard's pages and assets
/// and the public pages' templates and stylesheet.
public struct SiteTheme: Sendable {
    public let dashboard: SiteTemplates
    public let publicPages: PublicSite.Theme

    static func load(folder: String) -> Result<SiteTheme, Diagnostic> {
        let dashboard: SiteTemplates
        do { dashboard = try SiteTemplates(folder: folder) } catch { return .failure(error.diagnostic) }
        do {
            let publicPages = try PublicSite.Theme.load(siteTemplates: URL(fileURLWithPath: folder))
            return .success(SiteTheme(dashboard: dashboard, publicPages: publicPages))
        } catch let error as TemplateError {
            return .failure(error.diagnostic)
        } catch let error as PublicSite.Theme.MissingStylesheet {
            return .failure(Diagnostic(code: .templateMissingStylesheet, at: SourceLocation(file: error.path),
                                       message: "找不到公开页面的样式表。",
                                       fix: "确认模板文件夹完整（可从程序仓库的 site-templates/ 复制）。"))
        } catch {
            return .failure(Diagnostic(code: .templateMissingStylesheet, at: SourceLocation(file: folder),
                                       message: "无法读取公开页面的模板。", fix: "确认模板文件夹完整。"))
        }
    }
}
