/// A file's path inside the site, checked so that nothing derived from the data
/// can point outside the output folder: relative, `/`-separated, no empty, `.` or
/// `..` segments, no backslashes or control characters.
public struct OutputPath: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init?(_ value: String) {
        let segments = value.split(separator: "/", omittingEmptySubsequences: false)
        guard !value.isEmpty, !value.hasPrefix("/"),
              segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
              !value.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0.value == 0x7F })
        else { return nil }
        self.value = value
    }

    public var description: String { value }
}
