import ThreadModel

/// Moves through a thread's tree order with some replies folded, without building a list of
/// what is visible: a folded reply's descendants are one contiguous run of the tree order, so
/// skipping them is one addition, and work stays proportional to the moves, not the thread.
///
/// Positions are indices into ``DiscussionThread/treeOrder``; -1 is the post.
struct TreeNavigator {
    let thread: DiscussionThread
    /// The tree position of each reply (the inverse of `treeOrder`).
    let positions: [Int]
    /// How many descendants each reply has.
    let descendantCounts: [Int]

    init(thread: DiscussionThread) {
        self.thread = thread
        var positions = [Int](repeating: 0, count: thread.replies.count)
        for (position, reply) in thread.treeOrder.enumerated() { positions[reply] = position }
        var counts = [Int](repeating: 0, count: thread.replies.count)
        // Children come after their parent in tree order, so one backward pass sums subtrees.
        for reply in thread.treeOrder.reversed() {
            if let parent = thread.parent(of: reply) { counts[parent] += counts[reply] + 1 }
        }
        self.positions = positions
        descendantCounts = counts
    }

    var count: Int { thread.replies.count }

    /// The reply at a tree position.
    func reply(at position: Int) -> Int { thread.treeOrder[position] }

    /// The next visible position after `position`, or nil at the end.
    func next(after position: Int, folded: [Bool]) -> Int? {
        let next: Int
        if position < 0 {
            next = 0
        } else {
            let reply = reply(at: position)
            next = position + 1 + (folded[reply] ? descendantCounts[reply] : 0)
        }
        return next < count ? next : nil
    }

    /// The previous visible position before `position`, or nil at the post.
    func previous(before position: Int, folded: [Bool]) -> Int? {
        guard position >= 0 else { return nil }
        guard position > 0 else { return -1 }
        return visibleAncestorOrSelf(of: position - 1, folded: folded)
    }

    /// `position` if it is visible, else the position of its highest folded ancestor.
    func visibleAncestorOrSelf(of position: Int, folded: [Bool]) -> Int {
        var result = position
        var current = thread.parent(of: reply(at: position))
        while let ancestor = current {
            if folded[ancestor] { result = positions[ancestor] }
            current = thread.parent(of: ancestor)
        }
        return result
    }

    /// The replies above the one at `position`, nearest first.
    func ancestors(of position: Int) -> [Int] {
        var result: [Int] = []
        var current = thread.parent(of: reply(at: position))
        while let ancestor = current {
            result.append(ancestor)
            current = thread.parent(of: ancestor)
        }
        return result
    }
}
