import Foundation
import XFPages
import XFTestSupport
@testable import XFSite

func runTool(_ arguments: [String]) -> (code: ExitCode, out: String, err: String) {
    let console = CapturingConsole()
    let code = CommandLineTool.run(arguments, console: console)
    return (code, console.output, console.errors)
}

/// The public pages' theme from the repository's `site-templates/`, read as a
/// build reads a template folder.
func repositoryPublicTheme() throws -> PublicSite.Theme {
    try PublicSite.Theme.load(files: SiteTemplateFiles(files: [:]).overlaid(by: Repository.templates))
}
