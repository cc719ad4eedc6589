/// What a filter leaves of a thread: the replies that match, and their ancestors kept as context
/// so that a match is never shown without what it answers.
public struct ReplyFilter: Sendable {
    /// Whether each reply matches.
    public let matches: [Bool]
    /// Whether each reply is shown: it matches, or it is an ancestor of one that does.
    public let shown: [Bool]
    /// How many replies match (context not counted).
    public let matchCount: Int

    /// The replies of `thread` for which `isMatch` holds, with their ancestors.
    ///
    /// - Complexity: O(n): each ancestor chain is climbed only until a reply already shown.
    public init(thread: DiscussionThread, where isMatch: (Int) -> Bool) {
        var matches = [Bool](repeating: false, count: thread.replies.count)
        var shown = matches
        var count = 0
        for reply in thread.replies.indices where isMatch(reply) {
            matches[reply] = true
            count += 1
            var current: Int? = reply
            while let node = current, !shown[node] {
                shown[node] = true
                current = thread.parent(of: node)
            }
        }
        self.matches = matches
        self.shown = shown
        matchCount = count
    }

    /// Whether `reply` is shown only as context for a match below it.
    public func isContext(_ reply: Int) -> Bool {
        shown[reply] && !matches[reply]
    }

    /// How many children of `parent` (nil: the top-level replies) the filter hides.
    public func hiddenChildren(of parent: Int?, in thread: DiscussionThread) -> Int {
        thread.children(of: parent).reduce(0) { $0 + (shown[$1] ? 0 : 1) }
    }
}
