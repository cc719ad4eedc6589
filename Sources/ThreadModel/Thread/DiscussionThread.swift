/// A discussion thread: a post and its replies as a tree.
///
/// Replies are kept in document order in one array, with the tree beside them as flat arrays
/// (parent indices, children as ranges of one index array), so a million replies are a handful of
/// allocations and building the tree is a counting pass, not a million small arrays.
public struct DiscussionThread: Hashable, Sendable {
    /// Where the thread came from.
    public var source: ThreadSource
    /// The thread's title, when it has one.
    public var title: String?
    /// The thread's address, when known.
    public var url: String?
    /// The post under discussion.
    public var post: Post
    /// The counts the source declares, which may exceed what was loaded.
    public var declared: DeclaredCounts
    /// The replies, in document order.
    public let replies: [Reply]

    /// Each reply's parent index, or -1 for a reply to the post.
    private let parentIndices: [Int]
    /// Children of the post at `childOffsets[0]..<childOffsets[1]`, of reply `i` at `[i+1]..<[i+2]`.
    private let childOffsets: [Int]
    private let childIndices: [Int]
    private let depths: [Int]
    /// Reply indices in tree order: each reply before its children, siblings in document order.
    public let treeOrder: [Int]
    private let originalPosterFlags: [Bool]

    /// Builds a thread from replies and their parents' indices (nil: a reply to the post).
    ///
    /// - Throws: ``ThreadShapeError`` when a parent index is out of range or parents form a cycle.
    /// - Complexity: O(n).
    public init(
        source: ThreadSource, title: String? = nil, url: String? = nil, post: Post,
        declared: DeclaredCounts = DeclaredCounts(), replies: [Reply], parents: [Int?]
    ) throws(ThreadShapeError) {
        precondition(replies.count == parents.count, "one parent per reply")
        self.source = source
        self.title = title
        self.url = url
        self.post = post
        self.declared = declared
        self.replies = replies
        let count = replies.count
        var parentIndices = [Int](repeating: -1, count: count)
        for (index, parent) in parents.enumerated() {
            guard let parent else { continue }
            guard (0..<count).contains(parent) else { throw ThreadShapeError.parentOutOfRange(reply: index, parent: parent) }
            parentIndices[index] = parent
        }
        self.parentIndices = parentIndices
        (childOffsets, childIndices) = Self.childRanges(parentIndices)
        (treeOrder, depths) = Self.walk(childOffsets: childOffsets, childIndices: childIndices, count: count)
        if treeOrder.count < count {
            let unreached = Set(treeOrder)
            let reply = (0..<count).first { !unreached.contains($0) } ?? 0
            throw ThreadShapeError.cycle(reply: reply)
        }
        let opAuthor = post.author
        originalPosterFlags = replies.map { reply in
            guard let opAuthor, let author = reply.author else { return false }
            return author.isSameAccount(as: opAuthor)
        }
    }

    /// The parent of the reply at `index`, or nil when it replies to the post.
    public func parent(of index: Int) -> Int? {
        let parent = parentIndices[index]
        return parent < 0 ? nil : parent
    }

    /// The children of the reply at `index`, or of the post when `index` is nil, in document order.
    public func children(of index: Int?) -> ArraySlice<Int> {
        let slot = index.map { $0 + 1 } ?? 0
        return childIndices[childOffsets[slot]..<childOffsets[slot + 1]]
    }

    /// The depth of the reply at `index`: 1 for a reply to the post.
    public func depth(of index: Int) -> Int { depths[index] }

    /// Whether the reply at `index` was written by the post's author (楼主).
    public func isByOriginalPoster(_ index: Int) -> Bool { originalPosterFlags[index] }

    /// Whether the reply at `index` is the last of its siblings.
    public func isLastChild(_ index: Int) -> Bool {
        children(of: parent(of: index)).last == index
    }

    /// A name for this thread that stays the same when it is opened again from another file:
    /// the source and post id when the source gave one, else a fingerprint of its content.
    public var identity: String {
        if let id = post.id { return "\(source.rawValue):\(id)" }
        var hash = ContentHash()
        hash.add(source.rawValue)
        hash.add(post.text)
        for reply in replies.prefix(50) { hash.add(reply.id.rawValue) }
        return "\(source.rawValue):#\(hash.hexDigest)"
    }

    /// The index of the reply with `id`, if any.
    ///
    /// - Complexity: O(n); callers looking up many ids build a dictionary instead.
    public func index(of id: ReplyID) -> Int? {
        replies.firstIndex { $0.id == id }
    }

    // MARK: Building

    private static func childRanges(_ parents: [Int]) -> (offsets: [Int], indices: [Int]) {
        var offsets = [Int](repeating: 0, count: parents.count + 2)
        for parent in parents { offsets[parent + 2] += 1 }
        for slot in 1..<offsets.count { offsets[slot] += offsets[slot - 1] }
        // offsets[slot + 1] now starts slot's children; fill moves it to the end of its range.
        var indices = [Int](repeating: 0, count: parents.count)
        for (index, parent) in parents.enumerated() {
            indices[offsets[parent + 1]] = index
            offsets[parent + 1] += 1
        }
        for slot in stride(from: offsets.count - 1, to: 0, by: -1) { offsets[slot] = offsets[slot - 1] }
        offsets[0] = 0
        return (offsets, indices)
    }

    private static func walk(childOffsets: [Int], childIndices: [Int], count: Int) -> (order: [Int], depths: [Int]) {
        var order: [Int] = []
        order.reserveCapacity(count)
        var depths = [Int](repeating: 0, count: count)
        // An explicit stack: chains can be far deeper than the call stack allows.
        var stack: [(slot: Int, next: Int, depth: Int)] = [(0, childOffsets[0], 1)]
        while let top = stack.last {
            if top.next == childOffsets[top.slot + 1] {
                stack.removeLast()
                continue
            }
            let child = childIndices[top.next]
            stack[stack.count - 1].next += 1
            depths[child] = top.depth
            order.append(child)
            stack.append((child + 1, childOffsets[child + 1], top.depth + 1))
        }
        return (order, depths)
    }
}
