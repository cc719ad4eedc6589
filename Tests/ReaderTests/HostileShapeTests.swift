import Testing
import ThreadModel
@testable import Reader

/// Threads no person writes but a saved page or another tool can hold. Each must open and show
/// in time linear in its size; the limits below only stop a test that went quadratic, which
/// would take hours at these sizes.
@Suite("Threads of hostile shapes in the reader", .timeLimit(.minutes(2)))
struct HostileShapeTests {
    private func thread(replies texts: [String], parents: [Int?]? = nil) throws -> DiscussionThread {
        let replies = texts.enumerated().map { Reply(id: ReplyID("\($0.offset)"), author: Author(name: "甲"), text: $0.element) }
        return try DiscussionThread(source: .tread, title: "t", post: Post(text: "p"), replies: replies,
                                    parents: parents ?? texts.map { _ in nil })
    }

    @Test("a word of a million letters wraps at the width and shows its last screen")
    func longWord() throws {
        var reader = ReaderState(thread: try thread(replies: [String(repeating: "x", count: 1_000_000)]), width: 80, height: 10)
        reader.handle(.character("G"))
        let lines = reader.render().lines
        #expect(lines[1...8].contains { $0.hasSuffix(String(repeating: "x", count: 40)) })
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test("a paragraph of two hundred thousand layer keywords is laid out with each highlighted")
    func manyKeywords() throws {
        var reader = ReaderState(thread: try thread(replies: [String(repeating: "算力很重要，", count: 200_000)]), width: 80, height: 10)
        reader.handle(.character("G"))
        let frame = reader.render()
        let keywordCells = frame.cells.filter { if case .layerKeyword = $0.role { true } else { false } }
        #expect(keywordCells.count >= 8 * 4)
    }

    @Test("mentions and emoticons by the hundred thousand style each line from its own spans")
    func manySpans() throws {
        var reader = ReaderState(thread: try thread(replies: [String(repeating: "@甲 [抱拳] ", count: 100_000)]), width: 80, height: 10)
        reader.emoticonsAsEmoji = true
        reader.handle(.character("G"))
        let roles = Set(reader.render().cells.map(\.role))
        #expect(roles.contains(.mention) && roles.contains(.emoticon))
    }

    @Test("a chain 100k replies deep opens, scrolls to its end and folds without recursion")
    func deepChain() throws {
        let count = 100_000
        var reader = ReaderState(thread: try thread(replies: (0..<count).map { "第\($0)层" }, parents: (0..<count).map { $0 == 0 ? nil : $0 - 1 }),
                                 width: 80, height: 10)
        #expect(reader.thread.depth(of: count - 1) == count)
        reader.handle(.character("G"))
        #expect(reader.render().lines.contains { $0.contains("第\(count - 1)层") })
        for key in try KeySequence.keys("ggzZ") { reader.handle(key) }
        _ = reader.render()
    }
}
