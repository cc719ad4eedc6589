extension DiscussionThread {
    /// The thread with only the replies `keep` marks, in the same order; a reply whose parent
    /// is left out hangs from its nearest kept ancestor, or from the post.
    ///
    /// - Complexity: O(n) plus the ancestor chains of replies whose parents are left out.
    public func keeping(_ keep: [Bool]) -> DiscussionThread {
        var newIndex = [Int](repeating: -1, count: replies.count)
        var kept: [Reply] = []
        for reply in replies.indices where keep[reply] {
            newIndex[reply] = kept.count
            kept.append(replies[reply])
        }
        let parents: [Int?] = replies.indices.filter { keep[$0] }.map { reply in
            var ancestor = parent(of: reply)
            while let current = ancestor, newIndex[current] < 0 { ancestor = parent(of: current) }
            return ancestor.map { newIndex[$0] }
        }
        // Parents of a tree stay a tree when replies are left out, so this cannot fail.
        return (try? DiscussionThread(source: source, title: title, url: url, post: post, declared: declared, replies: kept, parents: parents))
            ?? self
    }
}
