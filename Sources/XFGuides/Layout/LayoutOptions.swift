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
    /// Whether boxes carry their 时限 and 依据 lines. A printed sheet that cannot
    /// show them at a legible size leaves them out and numbers the boxes that have
    /// them (`Guide.numberedSteps`); the numbered list beside the chart carries them.
    public var detailsInBoxes = true
    /// The layer above whose gap extra room is left between the horizontal runs and
    /// the drops' labels, so that a column fold can cut across there (nil: none).
    public var foldRoomAbove: Int?
    /// How much room `foldRoomAbove` leaves: a connector circle and its clearances.
    static let foldRoom = 30.0

    public init() {}

    /// Numbered boxes that hold only their cue and text, for a printed sheet: set
    /// tighter, with the type at the given sizes and the lines as wide as before
    /// (or edge labels `labelMaxEm` wide).
    public func numbered(fontSize: Double = 16, smallFontSize: Double = 12, labelMaxEm: Double? = nil) -> LayoutOptions {
        var options = self
        options.detailsInBoxes = false
        options.labelMaxEm = labelMaxEm ?? (self.labelMaxEm * self.smallFontSize / smallFontSize).rounded()
        options.textMaxEm = (textMaxEm * self.fontSize / fontSize).rounded()
        options.fontSize = fontSize
        options.smallFontSize = smallFontSize
        options.padding = 8
        options.nodeGap = 28
        options.layerGap = 28
        options.margin = 8
        return options
    }
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
