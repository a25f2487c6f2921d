import Foundation
import XFSite

/// Writes to the process's standard streams.
final class StandardConsole: Console {
    func out(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
    func err(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}

exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), console: StandardConsole()).rawValue)
