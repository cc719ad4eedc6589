import ThreadModel

/// How siblings are ordered in the tree; `s` cycles through the orders.
public enum ReplyOrder: String, CaseIterable, Sendable {
    /// As the thread lists them.
    case thread
    /// Most liked first.
    case likes
    /// Most replied to first.
    case replies
    /// Newest first; replies without an exact time last.
    case time

    /// The order after this one, back to the thread's own after the last.
    var next: ReplyOrder {
        let all = Self.allCases
        return all[(all.firstIndex(of: self).map { $0 + 1 } ?? 0) % all.count]
    }

    /// How the status bar names the order.
    var label: String {
        switch self {
        case .thread: "thread order"
        case .likes: "most liked first"
        case .replies: "most replied first"
        case .time: "newest first"
        }
    }

    /// The tree order of `thread` with siblings in this order: parents before children, each
    /// subtree contiguous.
    ///
    /// - Complexity: O(n log n); the thread's own order is returned as it is.
    func treeOrder(of thread: DiscussionThread) -> [Int] {
        guard self != .thread else { return thread.treeOrder }
        let keys = thread.replies.indices.map { sortKey(of: $0, in: thread) }
        var order: [Int] = []
        order.reserveCapacity(thread.replies.count)
        // An explicit stack, as in the thread's own walk: chains can be very deep.
        var stack = sortedChildren(of: nil, in: thread, keys: keys).reversed() as [Int]
        while let reply = stack.popLast() {
            order.append(reply)
            stack += sortedChildren(of: reply, in: thread, keys: keys).reversed()
        }
        return order
    }

    private func sortedChildren(of parent: Int?, in thread: DiscussionThread, keys: [Int64]) -> [Int] {
        thread.children(of: parent).sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }
    }

    /// Larger sorts first.
    private func sortKey(of reply: Int, in thread: DiscussionThread) -> Int64 {
        let value = thread.replies[reply]
        switch self {
        case .thread: return 0
        case .likes: return Int64(value.likes ?? -1)
        case .replies: return Int64(max(value.declaredReplies ?? 0, thread.children(of: reply).count))
        case .time:
            guard case .exact(let time)? = value.time else { return .min }
            return time.milliseconds
        }
    }
}
