import XFText


/// Label shortening on top of XFText's width rule.
enum TextFit {
    /// `text` cut to at most `maxWidth` px at `fontSize`, ending in "…" when cut.
    static func truncate(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        guard TextWidth.pixels(text, fontSize: fontSize) > maxWidth else { return text }
        let budget = maxWidth - TextWidth.pixels("…", fontSize: fontSize)
        var kept = String.UnicodeScalarView()
        var used = 0.0
        for scalar in text.unicodeScalars {
            let width = TextWidth.em(scalar) * fontSize
            if used + width > budget { break }
            kept.append(scalar)
            used += width
        }
        return String(kept) + "…"
    }
}
