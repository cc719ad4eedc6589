extension DiscussionThread {
    /// The thread with only the replies `keep` marks, in the same order; a reply whose parent
    /// is left out hangs from its nearest kept ancestor, or from the post.
    ///
    /// - Complexity: O(n).
    public func keeping(_ keep: [Bool]) -> DiscussionThread {
        var newIndex = [Int](repeating: -1, count: replies.count)
        var kept: [Reply] = []
        for reply in replies.indices where keep[reply] {
            newIndex[reply] = kept.count
            kept.append(replies[reply])
        }
        // Each reply's nearest kept ancestor, found in tree order (parents first) from its
        // parent's: climbing each chain anew was quadratic under a long chain left out.
        var nearestKept = [Int](repeating: -1, count: replies.count)
        for reply in treeOrder {
            guard let parent = parent(of: reply) else { continue }
            nearestKept[reply] = newIndex[parent] >= 0 ? newIndex[parent] : nearestKept[parent]
        }
        let parents: [Int?] = replies.indices.filter { keep[$0] }.map { nearestKept[$0] < 0 ? nil : nearestKept[$0] }
        // Parents of a tree stay a tree when replies are left out, so this cannot fail.
        return (try? DiscussionThread(source: source, title: title, url: url, post: post, declared: declared, replies: kept, parents: parents))
            ?? self
    }
}
