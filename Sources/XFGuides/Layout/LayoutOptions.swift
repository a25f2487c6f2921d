/// Sizes for a guide chart, in SVG user units (px at 100 %). The defaults suit an
/// A3 poster and a phone alike because the SVG scales through its `viewBox`.
public struct LayoutOptions: Sendable, Hashable {
    public var fontSize: Double = 16
    public var smallFontSize: Double = 12
    /// Line height as a multiple of the font size.
    public var lineSpacing: Double = 1.35
    /// Widest node text line, in em of `fontSize`.
    public var textMaxEm: Double = 9
    /// Widest edge label line, in em of `smallFontSize`.
    public var labelMaxEm: Double = 8
    public var padding: Double = 10
    /// Horizontal gap between neighbouring boxes of one layer.
    public var nodeGap: Double = 36
    /// Smallest vertical gap between layers; labels and buses make it grow.
    public var layerGap: Double = 34
    /// Vertical distance between two horizontal bus tracks in one gap.
    public var trackGap: Double = 10
    public var margin: Double = 16

    public init() {}
    public static let standard = LayoutOptions()

    /// Wider boxes and fewer lines: a shorter, broader chart that fills a
    /// landscape screen or an A3 sheet better than the standard one.
    public static let wide: LayoutOptions = {
        var options = LayoutOptions()
        options.textMaxEm = 12
        options.labelMaxEm = 10
        return options
    }()

    /// Narrower boxes: a taller, slimmer chart, for folding into two columns on paper.
    public static let narrow: LayoutOptions = {
        var options = LayoutOptions()
        options.textMaxEm = 7
        options.labelMaxEm = 7
        return options
    }()
}
