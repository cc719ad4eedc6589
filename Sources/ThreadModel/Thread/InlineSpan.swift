/// A marked-up piece of a paragraph: a mention, stock, hashtag, emoticon or link.
public struct InlineSpan: Hashable, Sendable {
    /// What the span is.
    public enum Kind: Hashable, Sendable {
        /// `@名字`, with the name.
        case mention(name: String)
        /// `$名称(SH600000)$`, with the symbol in the parentheses.
        case stock(symbol: String)
        /// `#话题#`.
        case hashtag
        /// `[抱拳]`, an emoticon code.
        case emoticon
        /// A link, with its target.
        case link(url: String)
    }

    /// What the span is.
    public var kind: Kind
    /// Where it is in the paragraph, as UTF-8 byte offsets.
    public var range: Range<Int>

    /// A span of `kind` over `range` (UTF-8 offsets into the paragraph).
    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
