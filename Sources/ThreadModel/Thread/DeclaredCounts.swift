/// The counts a source declares for a post, which may exceed what was saved.
///
/// The seed page declares 230 replies and carries 12; both numbers are worth showing.
public struct DeclaredCounts: Hashable, Sendable {
    /// Reposts (转发), when known.
    public var reposts: Int?
    /// Replies (回复), when known.
    public var replies: Int?
    /// Likes (喜欢), when known.
    public var likes: Int?
    /// Views, when known.
    public var views: Int?

    /// Counts, each nil when the source does not say.
    public init(reposts: Int? = nil, replies: Int? = nil, likes: Int? = nil, views: Int? = nil) {
        self.reposts = reposts
        self.replies = replies
        self.likes = likes
        self.views = views
    }
}
