extension FilterQuery {
    /// Whether each reply of `thread` matches.
    ///
    /// - Complexity: O(n) per term: words are found by one scan of the folded thread in `index`.
    public func matches(in thread: DiscussionThread, classification: LayerClassification, index: SearchIndex) -> [Bool] {
        var result = [Bool](repeating: false, count: thread.replies.count)
        for group in groups {
            var passing = [Bool](repeating: true, count: thread.replies.count)
            for term in group {
                let holding = replies(passing: term.test, in: thread, classification: classification, index: index)
                for reply in passing.indices where passing[reply] && holding[reply] == term.isExcluded { passing[reply] = false }
            }
            for reply in result.indices where passing[reply] { result[reply] = true }
        }
        return result
    }

    private func replies(passing test: Test, in thread: DiscussionThread, classification: LayerClassification, index: SearchIndex) -> [Bool] {
        let replies = thread.replies
        switch test {
        case .text(let words):
            var holding = [Bool](repeating: false, count: replies.count)
            for reply in index.replies(in: thread, containing: words) { holding[reply] = true }
            return holding
        case .layer(let layer):
            return classification.masks.map { $0 & (1 << UInt64(layer)) != 0 }
        case .author(let name):
            let wanted = TextFolding.folded(name)
            return replies.map { reply in
                reply.author.map { TextFolding.folded($0.name).firstRange(of: wanted) != nil } ?? false
            }
        case .likes(let least):
            return replies.map { ($0.likes ?? 0) >= least }
        case .replies(let least):
            return replies.indices.map { max(replies[$0].declaredReplies ?? 0, thread.children(of: $0).count) >= least }
        case .originalPoster:
            return replies.indices.map(thread.isByOriginalPoster)
        case .featured:
            return replies.map(\.isFeatured)
        }
    }
}
