extension FilterQuery {
    /// Whether each reply of `thread` matches.
    ///
    /// `marks` holds the indices of the marked replies, for `is:marked`.
    ///
    /// - Complexity: O(n) per term: words are found by one scan of the folded thread in `index`
    ///   (or none, for words it was asked about lately); other tests look only at replies the
    ///   group's earlier terms left in.
    public func matches(in thread: DiscussionThread, classification: LayerClassification, index: SearchIndex, marks: Set<Int> = []) -> [Bool] {
        let count = thread.replies.count
        var result = [Bool](repeating: false, count: count)
        for group in groups {
            var passing = [Bool](repeating: true, count: count)
            for term in group {
                if case .text(let words) = term.test {
                    var holding = [Bool](repeating: false, count: count)
                    for reply in index.replies(in: thread, containing: words) { holding[reply] = true }
                    for reply in 0..<count where passing[reply] && holding[reply] == term.isExcluded { passing[reply] = false }
                } else {
                    let test = ReplyTest(term.test, thread: thread, classification: classification, marks: marks)
                    for reply in 0..<count where passing[reply] && test.holds(for: reply) == term.isExcluded { passing[reply] = false }
                }
            }
            for reply in 0..<count where passing[reply] { result[reply] = true }
        }
        return result
    }
}

/// One test of a query, other than words, put to one reply at a time.
private struct ReplyTest {
    let test: FilterQuery.Test
    let thread: DiscussionThread
    let classification: LayerClassification
    let marks: Set<Int>
    /// The folded name an `author:` test looks for.
    let wantedAuthor: [UInt8]

    init(_ test: FilterQuery.Test, thread: DiscussionThread, classification: LayerClassification, marks: Set<Int>) {
        self.test = test
        self.thread = thread
        self.classification = classification
        self.marks = marks
        if case .author(let name) = test { wantedAuthor = TextFolding.folded(name) } else { wantedAuthor = [] }
    }

    func holds(for reply: Int) -> Bool {
        switch test {
        case .text:
            return false
        case .layer(let layer):
            return classification.masks[reply] & (1 << UInt64(layer)) != 0
        case .author:
            return thread.replies[reply].author.map { TextFolding.folded($0.name).firstRange(of: wantedAuthor) != nil } ?? false
        case .likes(let least):
            return (thread.replies[reply].likes ?? 0) >= least
        case .replies(let least):
            return max(thread.replies[reply].declaredReplies ?? 0, thread.children(of: reply).count) >= least
        case .originalPoster:
            return thread.isByOriginalPoster(reply)
        case .featured:
            return thread.replies[reply].isFeatured
        case .marked:
            return marks.contains(reply)
        }
    }
}
