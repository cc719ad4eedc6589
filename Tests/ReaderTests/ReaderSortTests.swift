import Reader
import Testing
import ThreadModel

@Suite("Sorting replies")
struct ReaderSortTests {
    /// Two top-level replies and a third with a partial time; the first has two children.
    private func reader() throws -> ReaderState {
        func at(_ day: Int, _ hour: Int) -> ReplyTime {
            .exact(CivilTime(milliseconds: Int64((day * 24 + hour) * 3_600_000), utcOffsetMinutes: 480))
        }
        let replies = [
            Reply(id: ReplyID("A"), time: at(1, 10), likes: 1, text: "a"),
            Reply(id: ReplyID("B"), time: at(2, 10), likes: 9, text: "b"),
            Reply(id: ReplyID("C"), time: at(3, 10), likes: 5, text: "c"),
            Reply(id: ReplyID("D"), time: at(1, 9), likes: 7, declaredReplies: 4, text: "d"),
            Reply(id: ReplyID("E"), time: .partial("昨天"), text: "e"),
        ]
        let thread = try DiscussionThread(source: .tread, post: Post(text: "p"), replies: replies, parents: [nil, nil, 0, 0, nil])
        return ReaderState(thread: thread, width: 40, height: 20)
    }

    /// The replies in the order `j` visits them.
    private func visited(_ reader: ReaderState) -> [String] {
        var reader = reader
        reader.perform(.first)
        var ids: [String] = []
        reader.perform(.nextReply)
        while let id = reader.selectedReplyID, ids.last != id.rawValue {
            ids.append(id.rawValue)
            reader.perform(.nextReply)
        }
        return ids
    }

    @Test("s cycles thread order, likes, replies and time, sorting siblings at every level", arguments: [
        (0, ["A", "C", "D", "B", "E"]), (1, ["B", "A", "D", "C", "E"]),
        (2, ["A", "D", "C", "B", "E"]), (3, ["B", "A", "C", "D", "E"]), (4, ["A", "C", "D", "B", "E"]),
    ])
    func cycles(presses: Int, expected: [String]) throws {
        var reader = try reader()
        for _ in 0..<presses { reader.handle(.character("s")) }
        #expect(visited(reader) == expected)
    }

    @Test("the selected reply stays selected, and siblings and guides follow the order")
    func keepsSelection() throws {
        var reader = try reader()
        reader.selectReply(ReplyID("D"))
        reader.handle(.character("s"))
        #expect(reader.selectedReplyID == ReplyID("D"))
        #expect(reader.render().lines.last?.contains("most liked first") == true)
        reader.handle(.character("J"))
        #expect(reader.selectedReplyID == ReplyID("C"))
        reader.handle(.character("K"))
        reader.handle(.character("K"))
        #expect(reader.selectedReplyID == ReplyID("D"))
        reader.handle(.character("]"))
        #expect(reader.selectedReplyID == ReplyID("E"))
        reader.handle(.character("["))
        reader.handle(.character("["))
        #expect(reader.selectedReplyID == ReplyID("B"))
        let lines = reader.render().lines
        // B now comes first, so it is drawn with a branch that continues; E, last, closes it.
        #expect(lines.contains { $0.hasPrefix("├─ ? ") && $0.hasSuffix("👍 9") })
        #expect(lines.contains { $0.hasPrefix("└─ ? 昨天") })
    }

    @Test("a search's matches follow the new order")
    func searchFollows() throws {
        var reader = try reader()
        for key in try KeySequence.keys(#"/c\ns"#) { reader.handle(key) }
        #expect(reader.selectedReplyID == ReplyID("C"))
        reader.handle(.character("g"))
        reader.handle(.character("n"))
        #expect(reader.selectedReplyID == ReplyID("C"))
    }
}
