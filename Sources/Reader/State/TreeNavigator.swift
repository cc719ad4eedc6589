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

    /// The next visible position after `position`, or nil at the end. `shown`, when a filter
    /// is on, hides replies with all their subtrees (a filter keeps the ancestors of what it
    /// shows, so a hidden reply hides everything under it).
    func next(after position: Int, folded: [Bool], shown: [Bool]? = nil) -> Int? {
        var next = 0
        if position >= 0 {
            let reply = reply(at: position)
            next = position + 1 + (folded[reply] ? descendantCounts[reply] : 0)
        }
        if let shown {
            while next < count, !shown[reply(at: next)] { next += 1 + descendantCounts[reply(at: next)] }
        }
        return next < count ? next : nil
    }

    /// The previous visible position before `position` (which may be `count`), or -1 for the
    /// post, or nil before the post.
    func previous(before position: Int, folded: [Bool], shown: [Bool]? = nil) -> Int? {
        guard position >= 0 else { return nil }
        var candidate = position - 1
        if let shown {
            // Step before the whole hidden subtree the candidate is in.
            while candidate >= 0, !shown[reply(at: candidate)] {
                var top = reply(at: candidate)
                while let parent = thread.parent(of: top), !shown[parent] { top = parent }
                candidate = positions[top] - 1
            }
        }
        guard candidate >= 0 else { return -1 }
        return visibleAncestorOrSelf(of: candidate, folded: folded)
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

    /// The position of the next reply with the same parent that `shown` (if any) shows: past
    /// this one's subtree.
    func nextSibling(of position: Int, shown: [Bool]? = nil) -> Int? {
        let parent = thread.parent(of: reply(at: position))
        var next = position + 1 + descendantCounts[reply(at: position)]
        while next < count, thread.parent(of: reply(at: next)) == parent {
            if shown?[reply(at: next)] ?? true { return next }
            next += 1 + descendantCounts[reply(at: next)]
        }
        return nil
    }

    /// The position of the previous reply with the same parent that `shown` (if any) shows:
    /// the ancestor, at this one's depth, of the position just before it.
    func previousSibling(of position: Int, shown: [Bool]? = nil) -> Int? {
        var position = position
        while position > 0 {
            let parent = thread.parent(of: reply(at: position))
            var candidate: Int? = reply(at: position - 1)
            var found: Int?
            while let current = candidate, current != parent {
                if thread.parent(of: current) == parent {
                    found = positions[current]
                    break
                }
                candidate = thread.parent(of: current)
            }
            guard let found else { return nil }
            if shown?[reply(at: found)] ?? true { return found }
            position = found
        }
        return nil
    }

    /// Whether no sibling (that `shown`, if any, shows) follows `reply` in this order.
    func isLastChild(_ reply: Int, shown: [Bool]? = nil) -> Bool {
        nextSibling(of: positions[reply], shown: shown) == nil
    }

    /// The top-level reply whose subtree holds `position`.
    func root(of position: Int) -> Int {
        var reply = reply(at: position)
        while let parent = thread.parent(of: reply) { reply = parent }
        return positions[reply]
    }
}
