import XFPublish
import XFSource
import XFTemplates

/// Why a build stopped, as a value to the end: each case knows its message, and
/// none carries Foundation's text. Every case leaves the previous site untouched.
public enum BuildError: Error, Sendable {
    /// The content or the templates have errors (the check report says which).
    case invalidInput(errors: Int)
    /// A step ran before the step that produces what it needs: the list is out of order.
    case missingInput(step: String, needs: BuildInput)
    /// A template failed while rendering a page.
    case template(TemplateError)
    /// The previous site's revision log (or one of its data files) cannot be taken over.
    case previousSite(path: String, problem: PreviousSiteProblem)
    /// Staging, writing or swapping in the site failed.
    case publish(PublishError)
    /// An error of a kind no step declares; the type name helps the maintainer.
    case unexpected(type: String)

    public enum PreviousSiteProblem: Sendable, Equatable {
        case unreadable(errno: Int32)
        case damaged(reason: String)
        case unwritable
    }

    /// What the build tells the clerk, in Chinese, with the file and the fix.
    public var message: String {
        switch self {
        case .invalidInput(let errors):
            return "数据或模板有 \(errors) 个错误。"
        case .missingInput(let step, let needs):
            return "步骤「\(step)」需要的「\(needs.rawValue)」尚未生成：步骤顺序有误（程序内部错误，请告知维护人员）。"
        case .template(let error):
            return error.rendered
        case .previousSite(let path, .unreadable(let errno)):
            return "无法读取原网站中的 \(path)：\(SystemReason.text(errno, writing: false))。"
                + "该文件保存着以前各月的修订说明，读不到就会丢失它们。请检查该文件的读取权限后重新生成。"
        case .previousSite(let path, .damaged(let reason)):
            return "原网站中的修订记录 \(path) 已损坏：\(reason)。为免丢失以前各月的修订说明，本次没有生成网站。"
                + "请从备份恢复该文件；如确认不再需要以前的修订说明，可删除该文件后重新生成（修订记录将从本次重新开始）。"
        case .previousSite(let path, .unwritable):
            return "无法写出修订记录 \(path)（程序内部错误，请告知维护人员）。"
        case .publish(let error):
            return error.message
        case .unexpected(let type):
            return "生成网站时出现意外错误（\(type)），请把这条信息告知维护人员。"
        }
    }

    /// Any error a step's work threw, as a `BuildError`.
    static func from(_ error: any Error) -> BuildError {
        switch error {
        case let error as BuildError: error
        case let error as TemplateError: .template(error)
        case let error as PublishError: .publish(error)
        default: .unexpected(type: String(reflecting: type(of: error)))
        }
    }
}

/// What one step produces for later ones.
public enum BuildInput: String, Sendable {
    case input = "读取的内容"
    case theme = "页面模板"
    case snapshots = "各月指标"
    case revisions = "修订记录"
}

/// A failed step: which one, and why.
public struct BuildFailure: Error, Sendable {
    public let step: String
    public let error: BuildError
    /// What was read, when the failure is about it (the check report lists it).
    public let input: SiteInput?

    public var message: String {
        if case .invalidInput = error { return error.message }
        return "生成「\(step)」时出错：\(error.message)"
    }
}
