import Foundation
import XFIndicators
import XFPages

/// Builds a site, as Publish's `Website.publish` does: one list of named steps
/// from the content folder to the published site, run in order. A step that
/// fails stops the build; the staged files are discarded and the previous site
/// stays as it was.
///
///     let summary = try SiteBuild(content: "content", output: "site").publish()
public struct SiteBuild: Sendable {
    public let content: String
    public let output: URL
    public let templates: String
    /// Build past rows with errors (they are listed on the data-quality page);
    /// never past template errors.
    public let skipInvalid: Bool

    public init(content: String, output: URL, templates: String = SiteTemplates.defaultFolder, skipInvalid: Bool = false) {
        self.content = content
        self.output = output
        self.templates = templates
        self.skipInvalid = skipInvalid
    }

    /// What a finished build did.
    public struct Summary: Sendable {
        public let input: SiteInput
        /// Files written, as the sink counted them.
        public let files: Int
        public let snapshots: Int
        public let newRevisions: [RevisionLog.Entry]
    }

    /// Runs `steps` in order and publishes the site.
    public func publish(using steps: [BuildStep] = SiteBuild.steps) throws(BuildFailure) -> Summary {
        var context: BuildContext
        do { context = try BuildContext(build: self) } catch {
            throw BuildFailure(step: "准备", error: error, input: nil)
        }
        defer { context.sink.discard() }
        for step in steps {
            do {
                try step.run(&context)
            } catch {
                throw BuildFailure(step: step.name, error: error, input: context.input)
            }
        }
        guard let input = context.input else {
            throw BuildFailure(step: steps.last?.name ?? "", error: .missingInput(step: "汇总", needs: .input), input: nil)
        }
        return Summary(input: input, files: context.sink.count, snapshots: context.snapshots?.snapshots.count ?? 0,
                       newRevisions: context.newRevisions)
    }
}
