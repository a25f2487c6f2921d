import Foundation
import XFTestSupport
@testable import XFSite

func runTool(_ arguments: [String]) -> (code: ExitCode, out: String, err: String) {
    let console = CapturingConsole()
    let code = CommandLineTool.run(arguments, console: console)
    return (code, console.output, console.errors)
}
