import XFSource

// The problems this module reports, by area. Tests and the JSON report match the strings.
extension DiagnosticCode {
    public static let guideAttributeOutsideNode: DiagnosticCode = "guide.attribute-outside-node"
    public static let guideBadID: DiagnosticCode = "guide.bad-id"
    public static let guideDuplicateEdge: DiagnosticCode = "guide.duplicate-edge"
    public static let guideDuplicateSlug: DiagnosticCode = "guide.duplicate-slug"
    public static let guideDuplicateID: DiagnosticCode = "guide.duplicate-id"
    public static let guideDuplicateTitle: DiagnosticCode = "guide.duplicate-title"
    public static let guideEmptyText: DiagnosticCode = "guide.empty-text"
    public static let guideMissingID: DiagnosticCode = "guide.missing-id"
    public static let guideMissingTitle: DiagnosticCode = "guide.missing-title"
    public static let guideNoStart: DiagnosticCode = "guide.no-start"
    public static let guideSelfLoop: DiagnosticCode = "guide.self-loop"
    public static let guideSyntax: DiagnosticCode = "guide.syntax"
    public static let guideUnknownKey: DiagnosticCode = "guide.unknown-key"
    public static let guideUnknownKind: DiagnosticCode = "guide.unknown-kind"
    public static let guideUnknownNode: DiagnosticCode = "guide.unknown-node"
    public static let guideUnmarkedCycle: DiagnosticCode = "guide.unmarked-cycle"
    public static let guideUnreadableFolder: DiagnosticCode = "guide.unreadable-folder"
    public static let guideUnreachable: DiagnosticCode = "guide.unreachable"
    // The legal basis: versions, check dates and marks of statements not yet checked.
    public static let guideBadDate: DiagnosticCode = "guide.bad-date"
    public static let guideBadLaw: DiagnosticCode = "guide.bad-law"
    public static let guideCheckDateOld: DiagnosticCode = "guide.check-date-old"
    public static let guideDuplicateDate: DiagnosticCode = "guide.duplicate-date"
    public static let guideDuplicateLaw: DiagnosticCode = "guide.duplicate-law"
    public static let guideLawWithoutVersion: DiagnosticCode = "guide.law-without-version"
    public static let guideNoCheckDate: DiagnosticCode = "guide.no-check-date"
    public static let guideUnverified: DiagnosticCode = "guide.unverified"
}
