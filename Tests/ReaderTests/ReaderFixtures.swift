import Reader
import ThreadModel

/// A small thread written for the reader's tests: the post, a reply with a chain under it, and
/// a second top-level reply.
enum ReaderFixtures {
    static func thread() throws -> DiscussionThread {
        let post = Post(author: Author(name: "楼主"), text: "算力和模型,哪个更重要?")
        let replies = [
            Reply(id: ReplyID("a"), author: Author(name: "甲"), likes: 3, isFeatured: true, text: "算力更重要,GPU 不够用。"),
            Reply(id: ReplyID("b"), author: Author(name: "乙"), text: "同意[抱拳]"),
            Reply(id: ReplyID("c"), author: Author(name: "楼主"), text: "那模型呢?"),
            Reply(id: ReplyID("d"), author: Author(name: "丙"), likes: 0, declaredReplies: 0, text: "数据才是关键。"),
        ]
        return try DiscussionThread(
            source: .tread, title: "测试", post: post, declared: DeclaredCounts(replies: 9),
            replies: replies, parents: [nil, 0, 1, nil]
        )
    }

    static func reader(width: Int = 40, height: Int = 12, keys: String = "") throws -> ReaderState {
        var reader = ReaderState(thread: try thread(), width: width, height: height)
        for key in try KeySequence.keys(keys) { reader.handle(key) }
        return reader
    }
}
