/// A link whose visible text differs from its target, e.g. Xueqiu's `网页链接`.
///
/// Bare URLs in text need no `Link`; they are found by ``InlineSpanScanner``.
public struct Link: Hashable, Sendable {
    /// The text shown for the link, as it appears in the reply text.
    public var text: String
    /// Where the link points.
    public var url: String

    /// A link showing `text` and pointing at `url`.
    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}
