import ThreadModel

/// Moves through a thread's tree order with some replies folded, without building a list of
/// what is visible: a folded reply's descendants are one contiguous run of the tree order, so
/// skipping them is one addition, and work stays proportional to the moves, not the thread.
///
/// Positions are indices into `order`, the thread's tree order with siblings sorted by a
/// ``ReplyOrder``; -1 is the post.
struct TreeNavigator {
    let thread: DiscussionThread
    /// How siblings are ordered.
    let sorting: ReplyOrder
    /// The replies in tree order.
    let order: [Int]
    /// The tree position of each reply (the inverse of `order`).
    let positions: [Int]
    /// How many descendants each reply has.
    let descendantCounts: [Int]

    init(thread: DiscussionThread, sorting: ReplyOrder = .thread) {
        self.thread = thread
        self.sorting = sorting
        order = sorting.treeOrder(of: thread)
        var positions = [Int](repeating: 0, count: thread.replies.count)
        for (position, reply) in order.enumerated() { positions[reply] = position }
        var counts = [Int](repeating: 0, count: thread.replies.count)
        // Children come after their parent in tree order, so one backward pass sums subtrees.
        for reply in order.reversed() {
            if let parent = thread.parent(of: reply) { counts[parent] += counts[reply] + 1 }
        }
        self.positions = positions
        descendantCounts = counts
    }

    var count: Int { thread.replies.count }

    /// The reply at a tree position.
    func reply(at position: Int) -> Int { order[position] }

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

    // MARK: Siblings

    /// The position of the next reply with the same parent: just past this one's subtree.
    func nextSibling(of position: Int) -> Int? {
        let reply = reply(at: position)
        let next = position + 1 + descendantCounts[reply]
        guard next < count, thread.parent(of: self.reply(at: next)) == thread.parent(of: reply) else { return nil }
        return next
    }

    /// The position of the previous reply with the same parent: the ancestor, at this one's
    /// depth, of the position just before it.
    func previousSibling(of position: Int) -> Int? {
        guard position > 0 else { return nil }
        let parent = thread.parent(of: reply(at: position))
        var candidate: Int? = reply(at: position - 1)
        while let current = candidate, current != parent {
            if thread.parent(of: current) == parent { return positions[current] }
            candidate = thread.parent(of: current)
        }
        return nil
    }

    /// Whether no sibling follows `reply` in this order.
    func isLastChild(_ reply: Int) -> Bool {
        nextSibling(of: positions[reply]) == nil
    }

    /// The top-level reply whose subtree holds `position`.
    func root(of position: Int) -> Int {
        var reply = reply(at: position)
        while let parent = thread.parent(of: reply) { reply = parent }
        return positions[reply]
    }
}
