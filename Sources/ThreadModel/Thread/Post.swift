/// The post a thread discusses: its author, time and text.
public struct Post: Hashable, Sendable {
    /// The source's id for the post, when it has one.
    public var id: String?
    /// The post's author, when known; the page text does not name it (`--op` supplies it).
    public var author: Author?
    /// When it was posted, when known.
    public var time: ReplyTime?
    /// The text, paragraphs separated by `\n`.
    public var text: String
    /// Links whose visible text differs from their target.
    public var links: [Link]

    /// A post; every part but the text may be unknown.
    public init(id: String? = nil, author: Author? = nil, time: ReplyTime? = nil, text: String, links: [Link] = []) {
        self.id = id
        self.author = author
        self.time = time
        self.text = text
        self.links = links
    }

    /// The text as paragraphs with their inline spans.
    public var paragraphs: [Paragraph] { Paragraph.split(text, links: links) }
}
