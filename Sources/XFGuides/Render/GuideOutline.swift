/// One entry of a guide's step list: a step with what belongs to it and the
/// branches under it, or a reference to a step listed elsewhere. The page
/// templates render the tree with a recursive partial (`partials/outline-item.html`),
/// so no markup is written here.
public struct OutlineItem: Sendable, Hashable, Encodable {
    /// The list item's id, so references can link to it; nil for a reference.
    public var anchor: String?
    /// The edge label that leads here (「不服，30日内」), if any.
    public var when: String?
    /// The kind's cue (「步骤」); nil for a reference.
    public var kind: String?
    public var text: String
    public var limit: String?
    public var basis: [String]
    public var notes: [String]
    public var children: [OutlineItem]
    public var hasChildren: Bool
    /// A reference: 「回到」 or 「转到」 and the target's anchor.
    public var jump: Jump?

    public struct Jump: Sendable, Hashable, Encodable {
        public var verb: String
        public var href: String
    }

    public init(anchor: String?, when: String?, kind: String?, text: String, limit: String?, basis: [String],
                notes: [String], children: [OutlineItem], jump: Jump?) {
        self.anchor = anchor; self.when = when; self.kind = kind; self.text = text; self.limit = limit
        self.basis = basis; self.notes = notes; self.children = children; self.hasChildren = !children.isEmpty
        self.jump = jump
    }
}

/// The guide as an ordered, nested list for screen readers, search, copying and
/// the one-column phone view. The main path is the top level in reading order;
/// the other branches of a step are nested under it; where a branch joins a step
/// listed elsewhere, the entry refers there. Time limits, legal basis and notes
/// appear on every step that has them.
public enum GuideOutline {
    public static func items(_ guide: Guide, idPrefix: String) -> [OutlineItem] {
        var builder = OutlineBuilder(guide: guide, prefix: idPrefix)
        return builder.build()
    }
}

struct OutlineBuilder {
    let guide: Guide
    let prefix: String
    let main: [String]
    let mainSet: Set<String>
    let backEdges: Set<Int>
    var written = Set<String>()

    init(guide: Guide, prefix: String) {
        self.guide = guide
        self.prefix = prefix
        let layering = Layering(guide: guide)
        main = layering.mainPath.map { guide.nodes[$0].id }
        mainSet = Set(main)
        backEdges = Set(layering.backEdges)
    }

    mutating func build() -> [OutlineItem] {
        var items: [OutlineItem] = []
        var previous: String?
        for id in main {
            let label = previous.flatMap { from in guide.edges.first { $0.from == from && $0.to == id }?.label }
            if let item = item(id, label: label) { items.append(item) }
            previous = id
        }
        for node in guide.nodes where !written.contains(node.id) {
            if let item = item(node.id, label: nil) { items.append(item) }
        }
        return items
    }

    func anchor(_ id: String) -> String { "\(prefix)-step-\(id)" }

    mutating func item(_ id: String, label: String?) -> OutlineItem? {
        guard let node = guide.node(id), written.insert(id).inserted else { return nil }
        let branches = guide.edges.enumerated().filter { $0.element.from == id }
        let mainNext = main.firstIndex(of: id).flatMap { $0 + 1 < main.count ? main[$0 + 1] : nil }
        let nested = branches.filter { !(mainSet.contains(id) && $0.element.to == mainNext && !backEdges.contains($0.offset)) }
        var children: [OutlineItem] = []
        for (offset, edge) in nested {
            if let child = branch(edge, isBack: backEdges.contains(offset)) { children.append(child) }
        }
        return OutlineItem(anchor: anchor(id), when: label, kind: node.kind.cue, text: node.text, limit: node.timeLimit,
                           basis: node.basis, notes: node.notes, children: children, jump: nil)
    }

    /// A branch either continues with a step not yet listed (nested here) or
    /// refers to a step listed elsewhere.
    mutating func branch(_ edge: GuideEdge, isBack: Bool) -> OutlineItem? {
        guard let target = guide.node(edge.to) else { return nil }
        if isBack || mainSet.contains(edge.to) || written.contains(edge.to) {
            return OutlineItem(anchor: nil, when: edge.label, kind: nil, text: target.text, limit: nil, basis: [], notes: [],
                               children: [], jump: .init(verb: isBack ? "回到" : "转到", href: "#" + anchor(edge.to)))
        }
        return item(edge.to, label: edge.label)
    }
}
