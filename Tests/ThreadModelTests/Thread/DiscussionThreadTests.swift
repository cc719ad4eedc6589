import Testing
import ThreadModel

@Suite("The thread tree in flat arrays")
struct DiscussionThreadTests {
    private func replies(_ count: Int) -> [Reply] {
        (0..<count).map { Reply(id: ReplyID("r\($0)"), text: "text \($0)") }
    }

    @Test("children keep document order and depths follow parents")
    func childrenAndDepths() throws {
        // 0 and 3 answer the post; 1 and 2 answer 0; 4 answers 2, which comes before it.
        let thread = try DiscussionThread(source: .tread, post: Post(text: ""), replies: replies(5), parents: [nil, 0, 0, nil, 2])
        #expect(Array(thread.children(of: nil)) == [0, 3])
        #expect(Array(thread.children(of: 0)) == [1, 2])
        #expect(Array(thread.children(of: 2)) == [4])
        #expect(thread.children(of: 4).isEmpty)
        #expect((0..<5).map(thread.depth(of:)) == [1, 2, 2, 1, 3])
        #expect(thread.treeOrder == [0, 1, 2, 4, 3])
        #expect(thread.parent(of: 4) == 2)
        #expect(thread.parent(of: 3) == nil)
        #expect(thread.isLastChild(2) && !thread.isLastChild(1) && thread.isLastChild(3))
    }

    @Test("a parent may come after its reply in document order")
    func forwardParent() throws {
        let thread = try DiscussionThread(source: .tread, post: Post(text: ""), replies: replies(2), parents: [1, nil])
        #expect(thread.treeOrder == [1, 0])
        #expect(thread.depth(of: 0) == 2)
    }

    @Test("cycles and self-parents are reported, not looped over")
    func cycles() {
        #expect(throws: ThreadShapeError.cycle(reply: 0)) {
            try DiscussionThread(source: .tread, post: Post(text: ""), replies: replies(1), parents: [0])
        }
        #expect(throws: ThreadShapeError.cycle(reply: 1)) {
            try DiscussionThread(source: .tread, post: Post(text: ""), replies: replies(3), parents: [nil, 2, 1])
        }
        #expect(throws: ThreadShapeError.parentOutOfRange(reply: 0, parent: 7)) {
            try DiscussionThread(source: .tread, post: Post(text: ""), replies: replies(1), parents: [7])
        }
    }

    @Test("a chain 100,000 deep builds without deep recursion")
    func deepChain() throws {
        let count = 100_000
        let parents: [Int?] = [nil] + (0..<(count - 1)).map { $0 }
        let thread = try DiscussionThread(source: .tread, post: Post(text: ""), replies: replies(count), parents: parents)
        #expect(thread.depth(of: count - 1) == count)
        #expect(thread.treeOrder.count == count)
    }

    @Test("replies by the post's author are flagged, by id when both have one")
    func originalPoster() throws {
        let post = Post(author: Author(name: "甲", id: "1"), text: "")
        let replies = [
            Reply(id: ReplyID("a"), author: Author(name: "甲", id: "1"), text: ""),
            Reply(id: ReplyID("b"), author: Author(name: "甲", id: "2"), text: ""),
            Reply(id: ReplyID("c"), author: Author(name: "甲"), text: ""),
            Reply(id: ReplyID("d"), text: ""),
        ]
        let thread = try DiscussionThread(source: .tread, post: post, replies: replies, parents: [nil, nil, nil, nil])
        #expect((0..<4).map(thread.isByOriginalPoster) == [true, false, true, false])
    }
}
