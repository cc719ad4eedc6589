import Testing
@testable import ThreadModel

@Suite("Exports of chosen replies")
struct ThreadExportTests {
    /// A post with a chain 甲 → 乙 → 丙 and a second top-level reply 丁, written to test exports.
    private func thread() throws -> DiscussionThread {
        let time = try #require(ReplyTime(stored: "2025-03-08T09:20:00+08:00"))
        let replies = [
            Reply(id: ReplyID("1"), author: Author(name: "甲"), time: time, likes: 12, declaredReplies: 1, isFeatured: true, text: "算力最贵。\n# 不是标题 *也不是强调* [链接](x)"),
            Reply(id: ReplyID("2"), author: Author(name: "乙"), time: .partial("03-08 10:00"), likes: 3, text: "GPU 不够[捂脸]"),
            Reply(id: ReplyID("3"), author: Author(name: "楼主"), likes: 0, declaredReplies: 0, text: "1. 同意\n- 数据也重要"),
            Reply(id: ReplyID("4"), author: Author(name: "丁"), text: "无关"),
        ]
        return try DiscussionThread(source: .tread, title: "测试 #1", url: "https://example.com/t/1",
                                    post: Post(author: Author(name: "楼主"), text: "正文"), replies: replies, parents: [nil, 0, 1, nil])
    }

    private func markdown(chosen: [Bool], context: Bool) throws -> String {
        let thread = try thread()
        let export = ThreadExport(thread: thread, chosen: chosen, context: context)
        let classification = LayerClassification(thread: thread, layers: .standard)
        return String(decoding: export.document(as: .markdown, classification: classification), as: UTF8.self)
    }

    @Test("Markdown: title and source, each reply a quote with its header; thread text cannot make Markdown")
    func markdownAlone() throws {
        #expect(try markdown(chosen: [true, false, true, false], context: false) == """
            # 测试 \\#1

            Source: tread · <https://example.com/t/1> · post by **楼主** · 2 of 4 replies

            ---

            > **甲** \\[精\\] · 2025-03-08 09:20 · 👍 12 · 💬 1 · 算力  
            >
            > 算力最贵。  
            > \\# 不是标题 \\*也不是强调\\* \\[链接\\](x)  

            ---

            > **楼主** \\[楼主\\] · 👍 0 · 💬 0 · 数据  
            >
            > 1\\. 同意  
            > \\- 数据也重要  

            """)
    }

    @Test("Markdown with context: the chain a reply answers encloses it, first of the chain outermost")
    func markdownContext() throws {
        let text = try markdown(chosen: [false, false, true, false], context: true)
        #expect(text.contains("""
            ---

            > **甲** \\[精\\] · 2025-03-08 09:20 · 👍 12 · 💬 1 · 算力  
            >
            > 算力最贵。  
            > \\# 不是标题 \\*也不是强调\\* \\[链接\\](x)  
            >
            >> **乙** · 03-08 10:00 · 👍 3 · 算力  
            >>
            >> GPU 不够\\[捂脸\\]  
            >>
            >>> **楼主** \\[楼主\\] · 👍 0 · 💬 0 · 数据  
            """))
        #expect(text.contains("1 of 4 replies"))
    }

    @Test("JSON of chosen replies opens again with the same replies, each under its nearest chosen ancestor")
    func jsonRoundTrip() throws {
        let thread = try thread()
        let bytes = ThreadExport(thread: thread, chosen: [true, false, true, true], context: false).document(as: .json)
        let reopened = try ThreadImporter.importThread(from: [ImportInput(name: "e.json", text: String(decoding: bytes, as: UTF8.self))],
                                                       format: nil, options: ImportOptions())
        #expect(reopened.replies == [thread.replies[0], thread.replies[2], thread.replies[3]])
        #expect(reopened.parent(of: 1) == 0 && reopened.parent(of: 2) == nil)
        #expect(reopened.title == thread.title && reopened.post == thread.post)
        let withContext = ThreadExport(thread: thread, chosen: [false, false, true, false], context: true).document(as: .json)
        let chain = try ThreadImporter.importThread(from: [ImportInput(name: "e.json", text: String(decoding: withContext, as: UTF8.self))],
                                                    format: nil, options: ImportOptions())
        #expect(chain.replies.map(\.id.rawValue) == ["1", "2", "3"])
    }

    @Test("plain text is the tree of the chosen replies wrapped to the width")
    func text() throws {
        let thread = try thread()
        let bytes = ThreadExport(thread: thread, chosen: [false, true, false, false], context: false).document(as: .text, width: 40)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("└─ 乙 03-08 10:00 👍 3"))
        #expect(lines.contains("   GPU 不够[捂脸]"))
        #expect(lines.allSatisfy { TextLayout().width(of: String($0)) <= 40 })
    }
}
