/// One reply: who, when, how it was received, and what it says. Its place in the tree is kept
/// by ``DiscussionThread``, in flat arrays beside the replies.
public struct Reply: Hashable, Sendable {
    /// The reply's id, unique within the thread.
    public var id: ReplyID
    /// The author, when known (the page text's `全部讨论` section loses names).
    public var author: Author?
    /// When it was written, when known.
    public var time: ReplyTime?
    /// Likes, when known.
    public var likes: Int?
    /// How many replies the source says it has, which may exceed those loaded.
    public var declaredReplies: Int?
    /// Featured (精彩) by the source.
    public var isFeatured: Bool
    /// Whether its parent was not found and it was attached to the comment it was listed under.
    public var isDetached: Bool
    /// The text, paragraphs separated by `\n`.
    public var text: String
    /// Links whose visible text differs from their target.
    public var links: [Link]

    /// A reply; only the id and text are required.
    public init(
        id: ReplyID, author: Author? = nil, time: ReplyTime? = nil, likes: Int? = nil,
        declaredReplies: Int? = nil, isFeatured: Bool = false, isDetached: Bool = false,
        text: String, links: [Link] = []
    ) {
        self.id = id
        self.author = author
        self.time = time
        self.likes = likes
        self.declaredReplies = declaredReplies
        self.isFeatured = isFeatured
        self.isDetached = isDetached
        self.text = text
        self.links = links
    }

    /// The text as paragraphs with their inline spans, found when asked for rather than at load.
    public var paragraphs: [Paragraph] { Paragraph.split(text, links: links) }
}
