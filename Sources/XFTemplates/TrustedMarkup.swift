/// Markup that is already safe to place in a page as is, such as an SVG chart the
/// charts module built from escaped parts. It is the only way raw markup reaches
/// the output: templates print it with `{{{name}}}` or `{{& name}}`, and those tags
/// refuse anything else, so searching for `TrustedMarkup` finds every such place.
///
/// Held as UTF-8 bytes: charts are built as bytes and pages are rendered to bytes,
/// so a chart never goes through `String` (whose UTF-8 check of every chart was
/// a visible share of a build).
public struct TrustedMarkup: Sendable, Hashable, Encodable {
    public let bytes: [UInt8]

    /// The caller vouches that `markup` is well-formed and escaped.
    public init(_ markup: String) {
        bytes = Array(markup.utf8)
    }

    /// The caller vouches that `bytes` are well-formed, escaped UTF-8 markup.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var markup: String { String(decoding: bytes, as: UTF8.self) }

    /// Other encoders (JSON for debugging) see the markup as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(markup)
    }
}
