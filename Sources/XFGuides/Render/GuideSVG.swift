import XFText

/// Draws a laid-out guide as a standalone, accessible SVG string: `role="img"`
/// with `<title>` and `<desc>`, one `<g>` per node whose kind shows in its shape
/// and in a small text cue, arrows by marker, back edges dashed. Black on white
/// with one light tint, so it prints in black and white. Every id starts with
/// `idPrefix`, so several guides can share one page.
public enum GuideSVG {
    static let ink = "#1d3557"
    static let fontFamily = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC','SimSun',sans-serif"

    public static func render(_ layout: GuideLayout, idPrefix: String) -> String {
        let prefix = MarkupEscape.attribute(idPrefix)
        let n = SVGNumber.format
        var out = ""
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(layout.width)) \(n(layout.height))\""
        out += " width=\"\(n(layout.width))\" height=\"\(n(layout.height))\" role=\"img\""
        out += " aria-labelledby=\"\(prefix)-title \(prefix)-desc\" class=\"xf-guide\""
        out += " font-family=\"\(MarkupEscape.attribute(fontFamily))\">\n"
        out += "<title id=\"\(prefix)-title\">\(MarkupEscape.text(layout.guide.title))</title>\n"
        out += "<desc id=\"\(prefix)-desc\">\(MarkupEscape.text(description(layout.guide)))</desc>\n"
        out += "<defs><marker id=\"\(prefix)-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\""
        out += " markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(ink)\"/></marker></defs>\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        out += "<g class=\"xf-guide-edges\" fill=\"none\" stroke=\"\(ink)\" stroke-width=\"1.6\">\n"
        for route in layout.routes {
            let d = route.points.enumerated().map { ($0 == 0 ? "M" : "L") + n($1.x) + "," + n($1.y) }.joined(separator: " ")
            out += "<path id=\"\(prefix)-edge-\(MarkupEscape.attribute(route.from))-\(MarkupEscape.attribute(route.to))\" d=\"\(d)\""
            out += route.isBack ? " stroke-dasharray=\"6 4\"" : ""
            out += " marker-end=\"url(#\(prefix)-arrow)\"/>\n"
        }
        out += "</g>\n<g class=\"xf-guide-labels\" font-size=\"\(n(12))\" fill=\"\(ink)\">\n"
        for route in layout.routes where !route.label.isEmpty {
            out += text(route.label, anchor: "start", halo: true)
        }
        out += "</g>\n"
        for box in layout.boxes {
            out += "<g id=\"\(prefix)-node-\(MarkupEscape.attribute(box.id))\" class=\"xf-guide-node xf-guide-\(box.kind.rawValue)\">\n"
            out += shape(box)
            out += text(box.lines, anchor: "middle", halo: false)
            out += "</g>\n"
        }
        out += "</svg>\n"
        return out
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

    static func shape(_ box: GuideLayout.Box) -> String {
        let n = SVGNumber.format
        let (x, y, w, h) = (box.x, box.y, box.width, box.height)
        let fill = box.isMain ? "#eef3f8" : "#ffffff"
        let common = "fill=\"\(fill)\" stroke=\"\(ink)\""
        switch box.kind {
        case .start, .end:
            let radius = min(h / 2, 22)
            return "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\" rx=\"\(n(radius))\" \(common) stroke-width=\"2.4\"/>\n"
        case .step:
            return "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\" rx=\"3\" \(common) stroke-width=\"1.6\"/>\n"
        case .decision:
            let inset = NodeBox.sideInset(for: .decision, height: h)
            let points = [(x + inset, y), (x + w - inset, y), (x + w, y + h / 2), (x + w - inset, y + h), (x + inset, y + h), (x, y + h / 2)]
            return "<polygon points=\"\(points.map { n($0.0) + "," + n($0.1) }.joined(separator: " "))\" \(common) stroke-width=\"1.6\"/>\n"
        case .channel:
            return "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\" \(common) stroke-width=\"1.6\"/>\n"
                + "<rect x=\"\(n(x + 3.5))\" y=\"\(n(y + 3.5))\" width=\"\(n(w - 7))\" height=\"\(n(h - 7))\" fill=\"none\" stroke=\"\(ink)\" stroke-width=\"1\"/>\n"
        }
    }

    static func text(_ lines: [TextLine], anchor: String, halo: Bool) -> String {
        guard !lines.isEmpty else { return "" }
        let n = SVGNumber.format
        var out = "<text text-anchor=\"\(anchor)\""
        // paint-order as a style: the HTML checker knows it as a property, not an SVG 1.1 attribute.
        if halo { out += " stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" style=\"paint-order:stroke\"" }
        out += ">"
        for line in lines {
            out += "<tspan x=\"\(n(line.x))\" y=\"\(n(line.y))\""
            if line.role != .label { out += " font-size=\"\(n(line.fontSize))\"" }
            switch line.role {
            case .cue: out += " font-weight=\"bold\""
            case .text: out += " fill=\"#111111\""
            case .basis, .limit, .label: out += " fill=\"\(ink)\""
            }
            out += ">\(MarkupEscape.text(line.text))</tspan>"
        }
        return out + "</text>\n"
    }
}
