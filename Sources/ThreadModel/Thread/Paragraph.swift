/// One paragraph of a post or reply, with its inline spans.
public struct Paragraph: Hashable, Sendable {
    /// The paragraph's text, without a line end.
    public var text: String
    /// Mentions, stocks, hashtags, emoticons and links, in order, not overlapping.
    public var spans: [InlineSpan]

    /// A paragraph with spans at UTF-8 offsets into `text`.
    public init(text: String, spans: [InlineSpan]) {
        self.text = text
        self.spans = spans
    }

    /// Splits text at `\n` into paragraphs and finds each one's spans.
    ///
    /// `links` are matched to their text in order, each after the one before.
    public static func split(_ text: String, links: [Link]) -> [Paragraph] {
        var pendingLinks = links[...]
        // Split on bytes: a Character split runs grapheme breaking over the whole text (and
        // would keep "\r\n" as one character inside a paragraph).
        return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            let paragraph = String(Substring(line))
            let spans = InlineSpanScanner.spans(in: paragraph, links: &pendingLinks)
            return Paragraph(text: paragraph, spans: spans)
        }
    }
}
