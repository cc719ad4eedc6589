import Testing
@testable import ThreadModel

@Suite("tread-thread/1 import and export")
struct NativeThreadImporterTests {
    @Test("every field reads into the model")
    func fields() throws {
        let thread = try ImportTesting.thread(Fixtures.native)
        #expect(thread.source == .tread)
        #expect(thread.title == "测试")
        #expect(thread.declared == DeclaredCounts(reposts: 1, replies: 9))
        #expect(thread.post.author == Author(name: "楼主甲", id: "u1"))
        #expect(thread.post.paragraphs.map(\.text) == ["正文", "第二段"])
        #expect(thread.replies.map(\.id.rawValue) == ["a", "b", "c"])
        #expect(thread.replies[0].isFeatured && thread.replies[0].likes == 2 && thread.replies[0].declaredReplies == 1)
        #expect(thread.replies[0].time == .partial("03-01 10:05"))
        #expect(thread.replies[1].time?.shown == "2024-03-01 10:07")
        #expect(thread.parent(of: 1) == 2 && thread.parent(of: 2) == 0)
        #expect(thread.treeOrder == [0, 2, 1])
        #expect(thread.isByOriginalPoster(1) && !thread.isByOriginalPoster(0))
        #expect(thread.replies[2].paragraphs[0].spans.map(\.kind) == [.link(url: "https://example.com/x")])
    }

    @Test("export then import gives the same thread, and the same bytes again")
    func identity() throws {
        for source in [Fixtures.native, Fixtures.xueqiuComments, Fixtures.page] {
            let thread = try ImportTesting.thread(source)
            let written = NativeThreadWriter.data(for: thread)
            let again = try ImportTesting.thread(String(decoding: written, as: UTF8.self))
            #expect(again == thread)
            #expect(NativeThreadWriter.data(for: again) == written)
        }
    }

    @Test("the canonical fixture reads and writes back byte for byte")
    func canonicalBytes() throws {
        let thread = try ImportTesting.thread(Fixtures.native)
        let canonical = String(decoding: NativeThreadWriter.data(for: thread), as: UTF8.self)
        #expect(String(decoding: NativeThreadWriter.data(for: try ImportTesting.thread(canonical)), as: UTF8.self) == canonical)
    }

    @Test("ids may be numbers; unknown keys are ignored")
    func lenient() throws {
        let json = #"{"format":"tread-thread/1","extra":[{"deep":[1,2]}],"post":{"text":"x"},"replies":[{"id":7,"parent":null,"text":"t","future":{}},{"id":"8","parent":7,"text":"u"}]}"#
        let thread = try ImportTesting.thread(json)
        #expect(thread.replies.map(\.id.rawValue) == ["7", "8"])
        #expect(thread.parent(of: 1) == 0)
    }

    @Test("text and escapes that could reach a terminal are written escaped")
    func escapedOutput() throws {
        let reply = Reply(id: ReplyID("x"), text: "a\u{1B}[31mb\u{9B}c\u{7}d")
        let thread = try DiscussionThread(source: .tread, post: Post(text: ""), replies: [reply], parents: [nil])
        let bytes = NativeThreadWriter.data(for: thread)
        #expect(!bytes.contains(0x1B) && !bytes.contains(0x07) && !bytes.contains(0x9B))
        #expect(try ImportTesting.thread(String(decoding: bytes, as: UTF8.self)).replies[0].text == reply.text)
    }

    @Test("bad documents name the place and what was expected", arguments: [
        (#"{"format":"tread-thread/1","replies":[{"id":"a","text":"x"},{"id":"a","text":"y"}]}"#,
         "t.json:1:", "replies[1].id", "unique id"),
        (#"{"format":"tread-thread/1","replies":[{"id":"a","parent":"zz","text":"x"}]}"#, "t.json:1:", "replies[0].parent", "no reply has id \"zz\""),
        (#"{"format":"tread-thread/1","replies":[{"id":"a","parent":"a","text":"x"}]}"#, "t.json:1:", "replies[0].parent", "cycle"),
        (#"{"format":"tread-thread/1","replies":[{"id":"a","parent":"b","text":"x"},{"id":"b","parent":"a","text":"y"}]}"#,
         "t.json:1:", "replies[0].parent", "cycle"),
        ("{\"format\":\"tread-thread/1\",\n\"replies\":[{\"id\":\"a\",\"likes\":\"many\",\"text\":\"x\"}]}", "t.json:2:", "replies[0].likes", "whole number"),
        (#"{"format":"tread-thread/1","replies":[{"id":"a"}]}"#, "t.json:1:", "replies[0]", "\"text\""),
        (#"{"format":"tread-thread/2"}"#, "t.json:1:", "format", "tread-thread/1"),
        (#"{"format":"tread-thread/1","replies":[{"id":"a","text":"x"#, "t.json:1:", "replies[0].text", "closing quote"),
        (#"{"format":"tread-thread/1","post":{"text":"x","time":"2024-02-30T00:00:00Z"}}"#, "t.json:1:", "post.time", "ISO 8601"),
        (#"{"format":"tread-thread/1"} {}"#, "t.json:1:", "", "end of the input"),
    ])
    func errors(json: String, place: String, path: String, expected: String) throws {
        let error = try #require(ImportTesting.error(json, format: .tread))
        let line = error.description
        #expect(line.hasPrefix(place))
        #expect(path.isEmpty ? error.path?.isEmpty != false : line.contains("at \(path):"))
        #expect(line.contains(expected))
        #expect(!line.contains("\n"))
    }

    @Test("a document without the format member is refused")
    func missingFormat() throws {
        let error = try #require(ImportTesting.error(#"{"replies":[]}"#, format: .tread))
        #expect(error.description.contains("\"format\": \"tread-thread/1\""))
    }
}
