import XFText

/// Draws a laid-out guide as an accessible SVG: `role="img"` with `<title>` and
/// `<desc>`, one `<g>` per node whose kind shows in its shape and in a small text
/// cue, arrows by marker, back edges dashed. Every value goes through
/// `SVGBuffer`, which escapes by construction. Lines and borders are drawn in
/// `currentColor` and the main path's tint is a class, so the colours live in
/// one place: the `.xf-guide` rules of `public.css`. Black text on white, so it
/// prints in black and white. Every id starts with `idPrefix`, so several guides
/// can share one page.
public enum GuideSVG {
    static let fontFamily = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC','SimSun',sans-serif"

    public static func render(_ layout: GuideLayout, idPrefix: String) -> String {
        var svg = SVGBuffer(capacity: 16_384)
        let n = ChartNumber.coordinate
        svg.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(n(layout.width)) \(n(layout.height))"),
                         ("width", n(layout.width)), ("height", n(layout.height)), ("role", "img"),
                         ("aria-labelledby", "\(idPrefix)-title \(idPrefix)-desc"), ("class", "xf-guide"),
                         ("font-family", fontFamily)])
        svg.element("title", [("id", "\(idPrefix)-title")], text: layout.guide.title)
        svg.element("desc", [("id", "\(idPrefix)-desc")], text: description(layout.guide))
        svg.openInline("defs")
        svg.openInline("marker", [("id", "\(idPrefix)-arrow"), ("viewBox", "0 0 10 10"), ("refX", "10"), ("refY", "5"),
                                  ("markerWidth", "8"), ("markerHeight", "8"), ("markerUnits", "userSpaceOnUse"), ("orient", "auto")])
        svg.openInline("path", [("d", "M0,0 L10,5 L0,10 z"), ("fill", "currentColor")])
        svg.closeInline("path")
        svg.closeInline("marker")
        svg.close("defs")
        svg.element("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])
        svg.open("g", [("class", "xf-guide-edges"), ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "1.6")])
        for route in layout.routes {
            let d = route.points.enumerated().map { ($0 == 0 ? "M" : "L") + n($1.x) + "," + n($1.y) }.joined(separator: " ")
            var attributes: SVGBuffer.Attributes = [("id", "\(idPrefix)-edge-\(route.from)-\(route.to)"), ("d", d)]
            if route.isBack { attributes.append(("stroke-dasharray", "6 4")) }
            attributes.append(("marker-end", "url(#\(idPrefix)-arrow)"))
            svg.element("path", attributes)
        }
        svg.close("g")
        let labelSize = layout.routes.lazy.flatMap(\.label).first?.fontSize ?? LayoutOptions.standard.smallFontSize
        svg.open("g", [("class", "xf-guide-labels"), ("font-size", n(labelSize)), ("fill", "currentColor")])
        for route in layout.routes where !route.label.isEmpty {
            text(route.label, anchor: "start", halo: true, into: &svg)
        }
        svg.close("g")
        for box in layout.boxes {
            var kind = "xf-guide-node xf-guide-\(box.kind.rawValue)"
            if box.isMain { kind += " xf-guide-main" }
            svg.open("g", [("id", "\(idPrefix)-node-\(box.id)"), ("class", kind)])
            shape(box, into: &svg)
            text(box.lines, anchor: "middle", halo: false, into: &svg)
            svg.close("g")
        }
        svg.close("svg")
        return svg.markup
    }

    /// The text alternative: what the chart is and how many steps it has; the full
    /// content is in the outline list beside it.
    static func description(_ guide: Guide) -> String {
        var parts: [String] = []
        if let subtitle = guide.subtitle { parts.append(subtitle) }
        parts += guide.intro
        let channels = guide.nodes.filter { $0.kind == .channel }.count
        var summary = "流程图，共\(guide.nodes.count)个环节"
        if channels > 0 { summary += "，其中法定途径\(channels)个" }
        if let start = guide.nodes.first(where: { $0.kind == .start }) { summary += "，从“\(start.text)”开始" }
        parts.append(summary + "。图下方有同样内容的文字列表。")
        return parts.joined(separator: " ")
    }

    /// The box outline. Its fill comes from the class `xf-guide-shape` (white, or
    /// the tint on the main path); the white attribute is for drawings shown
    /// without the stylesheet.
    static func shape(_ box: GuideLayout.Box, into svg: inout SVGBuffer) {
        let n = ChartNumber.coordinate
        let (x, y, w, h) = (box.x, box.y, box.width, box.height)
        let common: SVGBuffer.Attributes = [("class", "xf-guide-shape"), ("fill", "#ffffff"), ("stroke", "currentColor")]
        let frame: SVGBuffer.Attributes = [("x", n(x)), ("y", n(y)), ("width", n(w)), ("height", n(h))]
        switch box.kind {
        case .start, .end:
            svg.element("rect", frame + [("rx", n(min(h / 2, 22)))] + common + [("stroke-width", "2.4")])
        case .step:
            svg.element("rect", frame + [("rx", "3")] + common + [("stroke-width", "1.6")])
        case .decision:
            let inset = NodeBox.sideInset(for: .decision, height: h)
            let points = [(x + inset, y), (x + w - inset, y), (x + w, y + h / 2), (x + w - inset, y + h), (x + inset, y + h), (x, y + h / 2)]
            svg.element("polygon", [("points", points.map { n($0.0) + "," + n($0.1) }.joined(separator: " "))] + common + [("stroke-width", "1.6")])
        case .channel:
            svg.element("rect", frame + common + [("stroke-width", "1.6")])
            svg.element("rect", [("x", n(x + 3.5)), ("y", n(y + 3.5)), ("width", n(w - 7)), ("height", n(h - 7)),
                                 ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "1")])
        }
    }

    static func text(_ lines: [TextLine], anchor: String, halo: Bool, into svg: inout SVGBuffer) {
        guard !lines.isEmpty else { return }
        let n = ChartNumber.coordinate
        var attributes: SVGBuffer.Attributes = [("text-anchor", anchor)]
        // paint-order as a style: the HTML checker knows it as a property, not an SVG 1.1 attribute.
        if halo { attributes += [("stroke", "#ffffff"), ("stroke-width", "4"), ("stroke-linejoin", "round"), ("style", "paint-order:stroke")] }
        svg.openInline("text", attributes)
        for line in lines {
            var span: SVGBuffer.Attributes = [("x", n(line.x)), ("y", n(line.y))]
            if line.role != .label { span.append(("font-size", n(line.fontSize))) }
            switch line.role {
            case .cue: span.append(("font-weight", "bold"))
            case .text: span.append(("fill", "#111111"))
            case .basis, .limit, .label: span.append(("fill", "currentColor"))
            }
            svg.inlineElement("tspan", span, text: line.text)
        }
        svg.close("text")
    }
}
