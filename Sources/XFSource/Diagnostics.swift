/// Diagnostics collected while reading, in a stable order for printing.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }

    /// Errors found, counting those a limiter summed up rather than kept.
    public var errorCount: Int { items.errorCount }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Sorted by file, line and column; equal positions keep the order they were found in.
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { a, b in
            a.element.location == b.element.location ? a.offset < b.offset : a.element.location < b.element.location
        }.map(\.element)
    }
}

extension Sequence<Diagnostic> {
    /// Errors, counting the repeats a limiter summed up in one entry (`Diagnostic.count`).
    public var errorCount: Int { count(of: .error) }
    /// Warnings, counted the same way.
    public var warningCount: Int { count(of: .warning) }

    public func count(of severity: Severity) -> Int {
        reduce(0) { $0 + ($1.severity == severity ? $1.count : 0) }
    }
}
