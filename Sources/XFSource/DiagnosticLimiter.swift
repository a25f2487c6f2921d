/// Keeps at most `perKind` diagnostics of each kind (file, code, column) and sums
/// up the rest in one entry whose `count` says how many it stands for. A wholly
/// wrong column of a 200,000-row export thus costs a few hundred diagnostics of
/// memory and report, while the error total stays true.
public struct DiagnosticLimiter: Sendable {
    /// What loaders keep of each kind; the check report lists fewer (`CheckReport`).
    public static let perKind = 100

    private struct Kind: Hashable, Sendable {
        let file: String, code: DiagnosticCode, column: String?
    }

    /// How many of each kind are kept.
    public let keptPerKind: Int

    private var kept: [Diagnostic] = []
    private var seen: [Kind: Int] = [:]
    /// Per kind, the first diagnostic not kept and how many were not kept.
    private var omitted: [Kind: (first: Diagnostic, count: Int)] = [:]
    private var omittedOrder: [Kind] = []

    public init(perKind limit: Int = DiagnosticLimiter.perKind) { keptPerKind = limit }

    /// True when a diagnostic of this kind would still be kept, so callers can skip
    /// building one that would be dropped.
    public func keeps(file: String, code: DiagnosticCode, column: String?) -> Bool {
        seen[Kind(file: file, code: code, column: column), default: 0] < keptPerKind
    }

    /// Records one problem; `make` builds it only when it is kept or starts the
    /// summary of its kind, so repeats beyond the limit cost a count.
    public mutating func append(file: String, code: DiagnosticCode, column: String?, _ make: () -> Diagnostic) {
        let kind = Kind(file: file, code: code, column: column)
        let number = seen[kind, default: 0]
        if number < keptPerKind {
            seen[kind] = number + 1
            kept.append(make())
        } else if omitted[kind] != nil {
            omitted[kind]!.count += 1
        } else {
            countOmitted(kind, first: make(), count: 1)
        }
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        let kind = Kind(file: diagnostic.location.file, code: diagnostic.code, column: diagnostic.location.column)
        let number = seen[kind, default: 0]
        if number < keptPerKind {
            seen[kind] = number + 1
            kept.append(diagnostic)
        } else {
            countOmitted(kind, first: diagnostic, count: diagnostic.count)
        }
    }

    private mutating func countOmitted(_ kind: Kind, first: Diagnostic, count: Int) {
        if omitted[kind] == nil { omittedOrder.append(kind); omitted[kind] = (first, 0) }
        omitted[kind]!.count += count
    }

    public mutating func append(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { append(diagnostic) }
    }

    /// The diagnostics kept, in the order they came.
    public var keptDiagnostics: [Diagnostic] { kept }

    /// Per kind that overflowed, in the order the kinds first overflowed: the first
    /// diagnostic not kept and how many problems were not kept.
    public var overflow: [(first: Diagnostic, count: Int)] { omittedOrder.map { omitted[$0]! } }

    /// The kept diagnostics, then one summary per kind that overflowed.
    public var diagnostics: [Diagnostic] {
        kept + overflow.map { first, count in
            Diagnostic(first.severity, code: first.code, at: first.location,
                       message: "与上面同类的问题还有 \(count) 处，从这一行起不再逐一列出。",
                       fix: first.fix, count: count)
        }
    }

    /// `diagnostics` limited per kind.
    public static func limit(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var limiter = DiagnosticLimiter()
        limiter.append(contentsOf: diagnostics)
        return limiter.diagnostics
    }
}
