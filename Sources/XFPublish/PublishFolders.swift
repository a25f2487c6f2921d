import Foundation

/// The folders publishing uses, all beside the output folder `site`:
/// `.site.staging` (the build being written), `site.previous` (the site
/// published before the last build, for `xfsite rollback`), `.site.lock`
/// (held while a build or rollback runs) and `.site.discard` (the site.previous
/// a build replaced, while it is removed). The one home of these names.
public struct PublishFolders: Sendable {
    public let output: URL
    public var parent: URL { output.deletingLastPathComponent() }
    public var staging: URL { parent.appendingPathComponent(".\(output.lastPathComponent).staging") }
    public var previous: URL { parent.appendingPathComponent("\(output.lastPathComponent).previous") }
    public var lock: URL { parent.appendingPathComponent(".\(output.lastPathComponent).lock") }
    /// The replaced `site.previous` while it is removed (left only by a build stopped then).
    public var discard: URL { parent.appendingPathComponent(".\(output.lastPathComponent).discard") }

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }
}

/// Why publishing refused to touch a folder: what and why, and how to fix it.
/// Nothing has been changed when one is thrown.
public struct PublishRefusal: Error, CustomStringConvertible, Sendable {
    public let message: String
    public let fix: String

    public init(_ message: String, fix: String) {
        self.message = message
        self.fix = fix
    }

    public var description: String { "\(message)\n修改方法：\(fix)" }
}
