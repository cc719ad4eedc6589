import Testing
@testable import ThreadModel

/// Inputs no person writes but a tool can: each imports and exports in time linear in its size,
/// or gives one clear error. The limit only stops a test gone quadratic.
@Suite("Hostile input shapes", .timeLimit(.minutes(2)))
struct HostileInputTests {
    /// One chain `count` replies deep, in tread-thread/1.
    private static func chain(_ count: Int) throws -> DiscussionThread {
        let replies = (0..<count).map { Reply(id: ReplyID("\($0)"), author: Author(name: "甲"), text: "第\($0)层") }
        return try DiscussionThread(source: .tread, title: "深", post: Post(text: "p"), replies: replies,
                                    parents: (0..<count).map { $0 == 0 ? nil : $0 - 1 })
    }

    @Test("a chain 100k deep reads back from JSON and exports to every format without recursion")
    func deepChain() throws {
        let count = 100_000
        let written = NativeThreadWriter.data(for: try Self.chain(count))
        let thread = try ThreadImporter.importThread(from: [ImportInput(name: "deep.json", bytes: written)])
        #expect(thread.depth(of: count - 1) == count)
        var chosen = [Bool](repeating: false, count: count)
        chosen[count - 1] = true
        chosen[count / 2] = true
        let export = ThreadExport(thread: thread, chosen: chosen, context: true)
        let markdown = String(decoding: export.document(as: .markdown), as: UTF8.self)
        // The nearest eight ancestors are quoted; the rest are counted.
        #expect(markdown.contains("> … \(count - 1 - MarkdownWriter.contextDepth) earlier replies"))
        #expect(!markdown.contains(String(repeating: ">", count: MarkdownWriter.contextDepth + 2)))
        let json = try ThreadImporter.importThread(from: [ImportInput(name: "e.json", bytes: export.document(as: .json))])
        #expect(json.replies.count == count)
        let text = String(decoding: export.document(as: .text), as: UTF8.self)
        #expect(text.contains("第\(count - 1)层"))
    }

    @Test("keeping replies under a long chain left out hangs each from the post in linear time")
    func broom() throws {
        // A chain of 50k replies, then 50k replies to its last one; only those are kept.
        let chain = 50_000
        let replies = (0..<(2 * chain)).map { Reply(id: ReplyID("\($0)"), text: "x") }
        let parents = (0..<(2 * chain)).map { $0 == 0 ? nil : min($0 - 1, chain - 1) }
        let thread = try DiscussionThread(source: .tread, post: Post(text: "p"), replies: replies, parents: parents)
        let kept = thread.keeping(replies.indices.map { $0 >= chain })
        #expect(kept.replies.count == chain && kept.children(of: nil).count == chain)
        let some = thread.keeping(replies.indices.map { $0 == 10 || $0 >= 2 * chain - 2 })
        #expect(some.parent(of: 1) == 0 && some.parent(of: 2) == 0 && some.parent(of: 0) == nil)
    }

    @Test("counts below zero, ids of other JSON types and numbers out of range are errors that name the place")
    func badValues() {
        let cases: [(String, String)] = [
            (#""likes": -1"#, #"replies[0].likes: expected a whole number ≥ 0 or null"#),
            (#""replies": -5"#, #"replies[0].replies: expected a whole number ≥ 0 or null"#),
            (#""likes": 99999999999999999999999"#, "(this one is out of range)"),
            (#""likes": 1.5"#, "replies[0].likes: expected a whole number ≥ 0 or null"),
            (#""id": true"#, "replies[0].id: expected an id: a string or a whole number"),
            (#""id": [1]"#, "replies[0].id: expected an id"),
            (#""id": {"a": 1}"#, "replies[0].id: expected an id"),
            (#""id": 123456789012345678901234567890"#, "(this one is out of range)"),
        ]
        for (member, message) in cases {
            let fields = member.hasPrefix(#""id""#) ? member : #""id": "a", "# + member
            let text = #"{"format": "tread-thread/1", "post": {"text": "p"}, "replies": [{"# + fields + #", "text": "x"}]}"#
            #expect(throws: ImportError.self) { try ImportTesting.thread(text) }
            do {
                _ = try ImportTesting.thread(text)
            } catch {
                #expect("\(error)".contains(message), "\(member): \(error)")
            }
        }
    }

    @Test("a parent cycle, a reply its own parent and a repeated id are one-line errors")
    func badTrees() {
        let cases: [(String, String)] = [
            (#"{"id": "a", "parent": "b", "text": "x"}, {"id": "b", "parent": "a", "text": "y"}"#, "the parents form a cycle"),
            (#"{"id": "a", "parent": "a", "text": "x"}"#, "the parents form a cycle"),
            (#"{"id": "a", "text": "x"}, {"id": "a", "text": "y"}"#, #"expected a unique id; "a" is also the id of replies[0]"#),
        ]
        for (replies, message) in cases {
            let text = #"{"format": "tread-thread/1", "post": {"text": "p"}, "replies": ["# + replies + "]}"
            do {
                _ = try ImportTesting.thread(text)
                Issue.record("no error for \(replies)")
            } catch {
                #expect("\(error)".contains(message) && !"\(error)".contains("\n"), "\(error)")
            }
        }
    }

    @Test("arrays nested a million deep are skipped or refused without recursion")
    func deepNesting() {
        let nested = String(repeating: "[", count: 1_000_000) + String(repeating: "]", count: 1_000_000)
        let skipped = #"{"format": "tread-thread/1", "post": {"text": "p"}, "replies": [], "other": "# + nested + "}"
        #expect((try? ImportTesting.thread(skipped))?.replies.isEmpty == true)
        let unclosed = #"{"format": "tread-thread/1", "post": {"text": "p"}, "replies": [], "other": "# + String(repeating: "[", count: 1_000_000)
        #expect(throws: ImportError.self) { try ImportTesting.thread(unclosed) }
    }
}
