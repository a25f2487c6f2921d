import XFSource

/// What a box in a guide stands for; the shape and the small text cue in the chart
/// both follow from it, so the kind never rests on colour alone.
public enum NodeKind: String, Sendable, CaseIterable, Hashable {
    case start, step, decision, channel, end

    /// The word a clerk writes in the source file.
    public var keyword: String {
        switch self {
        case .start: "起点"
        case .step: "步骤"
        case .decision: "判断"
        case .channel: "法定途径"
        case .end: "终点"
        }
    }

    /// The cue printed in the box above the text.
    public var cue: String {
        switch self {
        case .start: "开始"
        case .step: "步骤"
        case .decision: "判断"
        case .channel: "法定途径"
        case .end: "结束"
        }
    }

    /// Source keywords, including short synonyms clerks are likely to type.
    static let byKeyword: [String: NodeKind] = [
        "起点": .start, "开始": .start, "步骤": .step, "环节": .step, "判断": .decision,
        "法定途径": .channel, "途径": .channel, "终点": .end, "结束": .end,
    ]
}

public struct GuideNode: Sendable, Hashable {
    public var id: String
    public var kind: NodeKind
    public var text: String
    /// Legal basis such as `《信访工作条例》第三十五条`; several are kept in source order.
    public var basis: [String]
    public var notes: [String]
    /// A time limit that belongs to the step itself, such as `60日内办结`.
    public var timeLimit: String?
    /// What a printed sheet's numbered box says when it cannot hold `text`; the
    /// full text then stands in the numbered list beside the chart.
    public var shortText: String?
    public var location: SourceLocation

    public init(id: String, kind: NodeKind, text: String, basis: [String] = [], notes: [String] = [],
                timeLimit: String? = nil, location: SourceLocation) {
        self.id = id; self.kind = kind; self.text = text; self.basis = basis
        self.notes = notes; self.timeLimit = timeLimit; self.location = location
    }
}

public struct GuideEdge: Sendable, Hashable {
    public var from: String
    public var to: String
    public var label: String?
    /// Marked `~>` in the source: a loop back to an earlier step, drawn around the side.
    public var isBack: Bool
    public var location: SourceLocation

    public init(from: String, to: String, label: String? = nil, isBack: Bool = false, location: SourceLocation) {
        self.from = from; self.to = to; self.label = label; self.isBack = isBack; self.location = location
    }
}

/// One guidance chart as written by the clerk, nodes and edges in source order.
public struct Guide: Sendable, Hashable {
    /// ASCII slug, stable, from the file name (`01-信访路线图.guide` → `guide-01`).
    public var slug: String
    public var title: String
    public var subtitle: String?
    public var intro: [String]
    public var nodes: [GuideNode]
    public var edges: [GuideEdge]
    /// The version of each law the guide cites, in source order.
    public var laws: [LawVersion]
    /// When the legal basis was last checked against the laws' texts.
    public var checked: GuideDate?
    /// Where the `核对日期：` line is, for the warning when it gets old.
    public var checkedAt: SourceLocation?
    public var file: String

    public init(slug: String, title: String, subtitle: String? = nil, intro: [String] = [],
                nodes: [GuideNode], edges: [GuideEdge], laws: [LawVersion] = [], checked: GuideDate? = nil, checkedAt: SourceLocation? = nil, file: String) {
        self.slug = slug; self.title = title; self.subtitle = subtitle; self.intro = intro
        self.nodes = nodes; self.edges = edges; self.laws = laws; self.checked = checked
        self.checkedAt = checkedAt; self.file = file
    }

    /// The word that marks a statement not yet checked against the statutes. A
    /// guide holding it is not for print: `check` lists every mark, and its
    /// poster and booklet pages carry a band saying so.
    public static let pendingMark = "待核实"

    /// Every text of the guide a reader sees, for the checks that scan wording.
    public var texts: [String] {
        [title] + (subtitle.map { [$0] } ?? []) + intro
            + nodes.flatMap { [$0.text] + ($0.shortText.map { [$0] } ?? []) + ($0.timeLimit.map { [$0] } ?? []) + $0.basis + $0.notes }
            + edges.compactMap(\.label)
    }

    /// Whether any text still holds the pending mark.
    public var isPending: Bool { texts.contains { $0.contains(Guide.pendingMark) } }

    /// The foot line of every page and sheet: which version of which law, and when checked.
    public var versionLine: String? {
        guard !laws.isEmpty || checked != nil else { return nil }
        var line = ""
        if !laws.isEmpty {
            line = "本图依据" + laws.map { "《\($0.name)》（\($0.version)）" }.joined(separator: "、")
        }
        if let checked { line += (line.isEmpty ? "" : "，") + "核对日期\(checked.chinese)" }
        return line + "。"
    }

    /// The steps with a time limit, a legal basis, a note or a short text, in source order: the
    /// ones a sheet with numbered boxes numbers, 1, 2, 3 … in reading order
    /// (`GuideLayout.stepNumbers`), and lists beside the chart.
    public var numberedSteps: [GuideNode] {
        nodes.filter { $0.timeLimit != nil || !$0.basis.isEmpty || !$0.notes.isEmpty || $0.shortText != nil }
    }

    /// How a step's number is printed in its box and in the list: ① … ⑳, then (21) ….
    public static func stepMark(_ number: Int) -> String {
        (1...20).contains(number) ? String(Unicode.Scalar(0x245F + UInt32(number))!) : "(\(number))"
    }

    public func node(_ id: String) -> GuideNode? { nodes.first { $0.id == id } }

    /// Edges leaving `id`, in source order.
    public func outgoing(_ id: String) -> [GuideEdge] { edges.filter { $0.from == id } }
}
