#if canImport(Glibc)
import Glibc
#endif
import XFText

/// One line of text inside a box or beside an edge, placed by its centre or start.
public struct TextLine: Sendable, Hashable {
    public enum Role: String, Sendable { case cue, text, basis, limit, label }
    public var text: String
    public var x: Double
    /// Baseline.
    public var y: Double
    public var fontSize: Double
    public var role: Role
}

/// The measured content of a node before it is placed: wrapped lines and the box
/// size they need. Lines are relative to the box's top-left corner.
struct NodeBox {
    var width: Double
    var height: Double
    var lines: [TextLine]

    /// Extra room each side for the slanted ends of a decision hexagon.
    static func sideInset(for kind: NodeKind, height: Double) -> Double {
        kind == .decision ? min(18, height / 3) : 0
    }

    /// `number`: the step's number on a sheet whose boxes leave out the details.
    static func measure(_ node: GuideNode, number: Int? = nil, options: LayoutOptions) -> NodeBox {
        let small = options.smallFontSize, big = options.fontSize
        // Small lines may be as wide as the main text; a little wider when that keeps
        // "依据：《…》" on one line, since a split title reads badly on a poster.
        let basisEm = node.basis.map { TextWidth.em("依据：" + ($0.split(separator: "》").first.map { $0 + "》" } ?? "")) }
        let smallMaxEm = min(options.textMaxEm * big / small * 4 / 3,
                             max(options.textMaxEm * big / small, basisEm.max() ?? 0))
        let cue = cue(node.kind, number: number)
        var rows: [(String, Double, TextLine.Role)] = [(cue, small, .cue)]
        let text = options.detailsInBoxes ? node.text : node.shortText ?? node.text
        rows += LineBreaker.wrap(text, maxEm: options.textMaxEm).map { ($0, big, .text) }
        guard options.detailsInBoxes else { return layOut(rows, kind: node.kind, options: options) }
        if let limit = node.timeLimit {
            rows += LineBreaker.wrap("时限：" + limit, maxEm: smallMaxEm).map { ($0, small, .limit) }
        }
        for basis in node.basis {
            rows += LineBreaker.wrap("依据：" + basis, maxEm: smallMaxEm).map { ($0, small, .basis) }
        }
        return layOut(rows, kind: node.kind, options: options)
    }

    /// The small bold line at the top of a box: its kind, after its number if it has one.
    static func cue(_ kind: NodeKind, number: Int?) -> String {
        number.map { Guide.stepMark($0) + " " + kind.cue } ?? kind.cue
    }

    /// Stacks the rows of a box and sizes it around them.
    static func layOut(_ rows: [(String, Double, TextLine.Role)], kind: NodeKind, options: LayoutOptions) -> NodeBox {
        let contentWidth = rows.map { TextWidth.em($0.0) * $0.1 }.max() ?? 0
        // Channel boxes have a double border, so they need a little more room inside.
        let frame = kind == .channel ? 4.0 : 0
        var height = options.padding * 2 + frame * 2
        var baselines: [Double] = []
        var cursor = options.padding + frame
        for (index, row) in rows.enumerated() {
            // The gap after the cue and before the first basis line separates the parts.
            if index > 0 && rows[index - 1].2 != row.2 { cursor += 3 }
            cursor += row.1 * options.lineSpacing
            baselines.append(cursor - row.1 * (options.lineSpacing - 1) / 2 - row.1 * 0.12)
        }
        height = cursor + options.padding + frame
        let inset = sideInset(for: kind, height: height)
        let width = (contentWidth + options.padding * 2 + frame * 2 + inset * 2).rounded(.up)
        let lines = rows.enumerated().map { index, row in
            TextLine(text: row.0, x: width / 2, y: baselines[index], fontSize: row.1, role: row.2)
        }
        return NodeBox(width: max(width, 96), height: height.rounded(.up), lines: lines.map {
            var line = $0; line.x = max(width, 96) / 2; return line
        })
    }
}
