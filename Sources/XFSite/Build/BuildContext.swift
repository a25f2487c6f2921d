import Foundation
import XFIndicators
import XFPages

/// What the steps hand on to each other. Each step reads what earlier steps
/// produced through `need`, so a step placed before its producer fails with a
/// typed `missingInput` instead of reading an empty default.
public struct BuildContext: Sendable {
    public let build: SiteBuild
    /// The site as published before this build (the output folder): revisions are read from it.
    public let previous: PreviousSite
    /// Where every file goes; it counts what it wrote.
    public let sink: StagingSink

    public internal(set) var input: SiteInput?
    public internal(set) var snapshots: SnapshotSet?
    /// All revision notes, earlier builds' and this build's.
    public internal(set) var revisions: RevisionLog?
    /// The notes this build added, for the build report.
    public internal(set) var newRevisions: [RevisionLog.Entry] = []

    init(build: SiteBuild) throws(BuildError) {
        self.build = build
        previous = PreviousSite(root: build.output.standardizedFileURL)
        sink = StagingSink(output: build.output)
    }

    /// `value`, produced by an earlier step, or the error that says the list is out of order.
    func need<T>(_ value: T?, _ what: BuildInput, in step: String) throws(BuildError) -> T {
        guard let value else { throw .missingInput(step: step, needs: what) }
        return value
    }
}
