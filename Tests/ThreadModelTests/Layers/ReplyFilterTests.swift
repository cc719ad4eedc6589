import Testing
import ThreadModel

@Suite("Filtering with context")
struct ReplyFilterTests {
    /// 0 ─ 1 ─ 2, 0 ─ 3, 4, 5 ─ 6
    private func thread() throws -> DiscussionThread {
        let replies = (0..<7).map { Reply(id: ReplyID("\($0)"), text: "\($0)") }
        return try DiscussionThread(source: .tread, post: Post(text: ""), replies: replies, parents: [nil, 0, 1, 0, nil, nil, 5])
    }

    @Test("a match keeps its ancestors as context; counts are of matches only; hidden children are counted")
    func context() throws {
        let thread = try thread()
        let filter = ReplyFilter(thread: thread) { [2, 4].contains($0) }
        #expect(filter.shown == [true, true, true, false, true, false, false])
        #expect(filter.matchCount == 2)
        #expect(filter.isContext(0) && filter.isContext(1) && !filter.isContext(2) && !filter.isContext(3))
        #expect(filter.hiddenChildren(of: 0, in: thread) == 1)
        #expect(filter.hiddenChildren(of: nil, in: thread) == 1)
    }

    @Test("a 100k-deep chain filters without recursion")
    func deepChain() throws {
        let count = 100_000
        let replies = (0..<count).map { Reply(id: ReplyID("\($0)"), text: "") }
        let thread = try DiscussionThread(source: .tread, post: Post(text: ""), replies: replies, parents: (0..<count).map { $0 == 0 ? nil : $0 - 1 })
        let filter = ReplyFilter(thread: thread) { $0 == count - 1 }
        #expect(filter.shown.allSatisfy { $0 } && filter.matchCount == 1)
    }

    @Test("keeping a subset hangs a reply whose parent is left out from its nearest kept ancestor")
    func keeping() throws {
        let thread = try thread()
        let subset = thread.keeping([true, false, true, false, true, false, true])
        #expect(subset.replies.map(\.id.rawValue) == ["0", "2", "4", "6"])
        #expect((0..<4).map { subset.parent(of: $0) } == [nil, 0, nil, nil])
    }
}
