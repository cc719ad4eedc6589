import Testing
@testable import ThreadModel

@Suite("Xueqiu API JSON")
struct XueqiuJSONImporterTests {
    private func thread(_ texts: [String]) throws -> DiscussionThread {
        let inputs = texts.enumerated().map { ImportInput(name: "f\($0.offset).json", text: $0.element) }
        return try ThreadImporter.importThread(from: inputs)
    }

    @Test("comments and their children form the tree; a missing target keeps the child where it was listed")
    func tree() throws {
        let thread = try thread([Fixtures.xueqiuComments])
        #expect(thread.replies.map(\.id.rawValue) == ["100", "102", "101", "103", "200"])
        #expect(Array(thread.children(of: nil)) == [0, 4])
        #expect(thread.parent(of: 1) == 2)
        #expect(thread.parent(of: 2) == 0)
        #expect(thread.parent(of: 3) == 0 && thread.replies[3].isDetached)
        #expect(!thread.replies[1].isDetached)
        #expect(thread.declared.replies == 6)
        #expect(thread.replies[0].likes == 5 && thread.replies[0].declaredReplies == 3)
        #expect(thread.replies[0].author == Author(name: "甲", id: "9"))
    }

    @Test("HTML becomes paragraphs, emoticon codes, decoded entities and kept links")
    func html() throws {
        let thread = try thread([Fixtures.xueqiuComments])
        #expect(thread.replies[0].text == "第一段\n第二段 $浦发银行(SH600000)$")
        #expect(thread.replies[0].paragraphs[1].spans.map(\.kind) == [.stock(symbol: "SH600000")])
        #expect(thread.replies[2].text == "好[很赞]")
        #expect(thread.replies[3].text == "目标不在了 & 其他")
        #expect(thread.replies[4].text == "看网页链接和@甲")
        #expect(thread.replies[4].links == [Link(text: "网页链接", url: "https://example.com/a")])
        #expect(thread.replies[4].paragraphs[0].spans.map(\.kind) == [.link(url: "https://example.com/a"), .mention(name: "甲")])
    }

    @Test("times are China time")
    func times() throws {
        #expect(try thread([Fixtures.xueqiuComments]).replies[0].time?.shown == "2024-03-01 10:00")
    }

    @Test("a post and pages merge into one thread, duplicates by id dropped")
    func merge() throws {
        let thread = try thread([Fixtures.xueqiuStatus, Fixtures.xueqiuComments, Fixtures.xueqiuCommentsPage2])
        #expect(thread.replies.count == 7)
        #expect(thread.replies.first { $0.id.rawValue == "200" }?.text == "看网页链接和@甲")
        #expect(thread.title == "算力的故事")
        #expect(thread.url == "https://xueqiu.com/9/55")
        #expect(thread.post.paragraphs.map(\.text) == ["正文一", "正文二"])
        #expect(thread.declared == DeclaredCounts(reposts: 2, replies: 6, likes: 11, views: 900))
        let opReply = try #require(thread.replies.firstIndex { $0.id.rawValue == "300" })
        #expect(thread.isByOriginalPoster(opReply) && thread.isByOriginalPoster(0))
        let unnamed = try #require(thread.replies.firstIndex { $0.id.rawValue == "301" })
        #expect(thread.parent(of: unnamed) == opReply && thread.replies[unnamed].isDetached)
    }

    @Test("children pointing at each other are a cycle, reported with their path")
    func cycle() throws {
        let json = #"{"comments":[{"id":1,"child_comments":[{"id":2,"in_reply_to_comment_id":3},{"id":3,"in_reply_to_comment_id":2}]}]}"#
        let error = try #require(ImportTesting.error(json, name: "c.json"))
        #expect(error.description.hasPrefix("c.json: at comments[0].child_comments[0].in_reply_to_comment_id:"))
    }

    @Test("JSON of another shape is refused with what was expected")
    func wrongShape() throws {
        let error = try #require(ImportTesting.error(#"{"comments": 5, "user": 1}"#, format: .xueqiuJSON))
        #expect(error.description.contains("expected Xueqiu API JSON"))
        let missingID = try #require(ImportTesting.error(#"{"comments":[{"text":"x"}]}"#, name: "m.json"))
        #expect(missingID.description == "m.json: at comments[0].id: expected the comment's id (a number)")
    }

    @Test("only Xueqiu JSON files merge")
    func mixedInputs() throws {
        #expect(throws: ImportError.self) { try thread([Fixtures.xueqiuComments, Fixtures.native]) }
    }
}
