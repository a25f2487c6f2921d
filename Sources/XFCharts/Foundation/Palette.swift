/// Colours and print cues. Hues are the Okabe–Ito palette (Okabe & Ito 2008,
/// "Color Universal Design"), distinguishable with the common colour-vision
/// deficiencies. Because a leader may print in black and white, every series
/// also differs by a fill pattern, a dash pattern or a marker shape.
public enum Palette {
    public static let blue = "#0072B2"
    public static let orange = "#E69F00"
    public static let bluishGreen = "#009E73"
    public static let reddishPurple = "#CC79A7"
    public static let skyBlue = "#56B4E9"
    public static let vermillion = "#D55E00"
    public static let yellow = "#F0E442"

    /// Text, axes and grid: calm greys that print as greys.
    static let ink = "#1F2328"
    static let muted = "#57606A"
    static let grid = "#E1E4E8"
    static let axis = "#8C959F"
    static let empty = "#F6F8FA"

    /// Series order for categories (channels, domains): colour and pattern both cycle.
    static let categorical = [blue, orange, bluishGreen, reddishPurple, skyBlue, vermillion, yellow]
    /// As many textures as hues, so the first seven categories differ in grey print too.
    static let categoricalPatterns: [FillPattern] = [.solid, .diagonal, .dots, .cross, .horizontal, .reverseDiagonal, .vertical]

    static func categoryFill(_ index: Int) -> (color: String, pattern: FillPattern) {
        (categorical[index % categorical.count], categoricalPatterns[index % categoricalPatterns.count])
    }

    /// Light-to-dark blues for heat grids (after ColorBrewer "Blues": one hue,
    /// evenly darker, so steps stay ordered in grey print). Six steps because
    /// nice ticks over ~5 intervals yield at most six bins, each its own shade;
    /// the lightest is still darker than the white of an empty cell.
    static let sequential = ["#DEEBF7", "#B5D4EA", "#85BCDB", "#5299CB", "#2B71B0", "#08458A"]

    /// Dark steps take white cell text.
    static func textColor(onSequentialStep step: Int) -> String {
        step >= 4 ? "#FFFFFF" : ink
    }
}

/// Fill textures drawn over a colour so areas stay apart in grey print.
public enum FillPattern: String, Sendable, CaseIterable {
    case solid, diagonal, dots, cross, horizontal, reverseDiagonal, vertical
}

/// Target band of a value (site settings decide the thresholds).
public enum Band: String, Sendable, CaseIterable {
    case green, yellow, red

    /// Shown in legends, tables and tooltips: meaning never by colour alone.
    public var label: String {
        switch self {
        case .green: "达标"
        case .yellow: "预警"
        case .red: "未达标"
        }
    }

    var color: String {
        switch self {
        case .green: Palette.bluishGreen
        case .yellow: Palette.orange
        case .red: Palette.vermillion
        }
    }

    var pattern: FillPattern {
        switch self {
        case .green: .solid
        case .yellow: .dots
        case .red: .diagonal
        }
    }

    var marker: MarkerShape {
        switch self {
        case .green: .circle
        case .yellow: .triangle
        case .red: .square
        }
    }
}

enum MarkerShape: Sendable {
    case circle, hollowCircle, hollowSquare, triangle, square
}
