/// Markup that is already safe to place in a page as is, such as an SVG chart the
/// charts module built from escaped parts. It is the only way raw markup reaches
/// the output: templates print it with `{{{name}}}` or `{{& name}}`, and those tags
/// refuse anything else, so searching for `TrustedMarkup` finds every such place.
public struct TrustedMarkup: Sendable, Hashable, Encodable {
    public let markup: String

    /// The caller vouches that `markup` is well-formed and escaped.
    public init(_ markup: String) {
        self.markup = markup
    }

    /// Other encoders (JSON for debugging) see the markup as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(markup)
    }
}
