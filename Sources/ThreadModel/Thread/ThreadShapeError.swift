/// Why replies and parent links do not form a tree.
public enum ThreadShapeError: Error, Hashable, Sendable {
    /// The reply at this index has a parent index outside the thread.
    case parentOutOfRange(reply: Int, parent: Int)
    /// The reply at this index is its own ancestor (a self-parent is the shortest such cycle).
    case cycle(reply: Int)
}
