import XFText

/// The guide as an ordered, nested HTML list for screen readers, search, copying
/// and the one-column phone view. The main path is the top-level list in reading
/// order; the other branches of a step are nested under it; where a branch joins
/// a step listed elsewhere, a link points there. Time limits, legal basis and
/// notes appear on every step that has them.
public enum GuideOutline {
    public static func html(_ guide: Guide, idPrefix: String) -> String {
        var writer = OutlineWriter(guide: guide, prefix: MarkupEscape.attribute(idPrefix))
        return writer.write()
    }
}

struct OutlineWriter {
    let guide: Guide
    let prefix: String
    let main: [String]
    let mainSet: Set<String>
    let backEdges: Set<Int>
    var written = Set<String>()
    var out = ""

    init(guide: Guide, prefix: String) {
        self.guide = guide
        self.prefix = prefix
        let layering = Layering(guide: guide)
        main = layering.mainPath.map { guide.nodes[$0].id }
        mainSet = Set(main)
        backEdges = Set(layering.backEdges)
    }

    mutating func write() -> String {
        out = "<ol class=\"xf-guide-outline\">\n"
        var previous: String?
        for id in main {
            let label = previous.flatMap { from in guide.edges.first { $0.from == from && $0.to == id }?.label }
            item(id, label: label)
            previous = id
        }
        for node in guide.nodes where !written.contains(node.id) { item(node.id, label: nil) }
        out += "</ol>\n"
        return out
    }

    func anchor(_ id: String) -> String { "\(prefix)-step-\(MarkupEscape.attribute(id))" }

    mutating func item(_ id: String, label: String?) {
        guard let node = guide.node(id), written.insert(id).inserted else { return }
        out += "<li id=\"\(anchor(id))\">"
        if let label { out += "<span class=\"xf-guide-when\">\(MarkupEscape.text(label))：</span>" }
        out += "<span class=\"xf-guide-kind\">【\(node.kind.cue)】</span>\(MarkupEscape.text(node.text))"
        if let limit = node.timeLimit { out += "<br><span class=\"xf-guide-limit\">时限：\(MarkupEscape.text(limit))</span>" }
        for basis in node.basis { out += "<br><span class=\"xf-guide-basis\">依据：\(MarkupEscape.text(basis))</span>" }
        for note in node.notes { out += "<br><span class=\"xf-guide-note\">备注：\(MarkupEscape.text(note))</span>" }
        let branches = guide.edges.enumerated().filter { $0.element.from == id }
        let mainNext = main.firstIndex(of: id).flatMap { $0 + 1 < main.count ? main[$0 + 1] : nil }
        let nested = branches.filter { !(mainSet.contains(id) && $0.element.to == mainNext && !backEdges.contains($0.offset)) }
        if !nested.isEmpty {
            out += "\n<ol>\n"
            for (offset, edge) in nested { branch(edge, isBack: backEdges.contains(offset)) }
            out += "</ol>\n"
        }
        out += "</li>\n"
    }

    /// A branch either continues with a step not yet listed (nested here) or
    /// refers to a step listed elsewhere.
    mutating func branch(_ edge: GuideEdge, isBack: Bool) {
        guard let target = guide.node(edge.to) else { return }
        if isBack || mainSet.contains(edge.to) || written.contains(edge.to) {
            out += "<li>"
            if let label = edge.label { out += "<span class=\"xf-guide-when\">\(MarkupEscape.text(label))：</span>" }
            out += (isBack ? "回到" : "转到") + "<a href=\"#\(anchor(edge.to))\">“\(MarkupEscape.text(target.text))”</a></li>\n"
        } else {
            item(edge.to, label: edge.label)
        }
    }
}
