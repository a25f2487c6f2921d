/// Where a command writes: standard output for results, standard error for
/// problems. Tests pass a capturing console; the executable passes the real one.
public protocol Console: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
}

/// Collects output in memory, for tests.
public final class CapturingConsole: Console {
    public private(set) var output = ""
    public private(set) var errors = ""

    public init() {}

    public func out(_ text: String) { output += text + "\n" }
    public func err(_ text: String) { errors += text + "\n" }
}

/// Exit codes, as README lists them: 0 done and clean; 1 errors in the input
/// (data, guides or templates); 64 usage error (sysexits EX_USAGE); 70 the site
/// could not be built or published (EX_SOFTWARE: output folder, disk, a damaged
/// published revision log), the previous site kept.
public enum ExitCode: Int32, Sendable {
    case success = 0
    case dataError = 1
    case usage = 64
    case failure = 70
}
