import Testing
@testable import ThreadModel

@Suite("The plain tree")
struct PlainTreeWriterTests {
    private func lines(_ thread: DiscussionThread, width: Int = 60, ascii: Bool = false) -> [String] {
        PlainTreeWriter(width: width, ascii: ascii).render(thread).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test("header, post and replies under guides")
    func literal() throws {
        let thread = try ImportTesting.thread(Fixtures.native)
        #expect(lines(thread) == [
            "tread · 转发 1 · 回复 9 (3 loaded)",
            "测试",
            "楼主甲 2024-03-01 10:00",
            "",
            "正文",
            "第二段",
            "│",
            "└─ 乙 [精] 03-01 10:05 👍 2 💬 1",
            "   第一条",
            "   │",
            "   └─ ? 👍 0",
            "      看这里",
            "      │",
            "      └─ 楼主甲 [楼主] 2024-03-01 10:07",
            "         更深的一条",
            "",
        ])
    }

    @Test("ASCII guides")
    func ascii() throws {
        let thread = try ImportTesting.thread(Fixtures.page)
        let tree = lines(thread, ascii: true).filter { $0.hasPrefix("|") || $0.hasPrefix("`") || $0.hasPrefix(" ") }
        #expect(tree.contains("|- 小明2024A [精] 03-01 10:00"))
        #expect(tree.contains("|  `- ? 03-01 10:20"))
        #expect(tree.allSatisfy { !$0.contains("│") && !$0.contains("├") })
    }

    @Test("every line fits the width, and indentation stops growing past the cap")
    func deepAndNarrow() throws {
        let count = 30
        let replies = (0..<count).map { Reply(id: ReplyID("\($0)"), author: Author(name: "作者\($0)"), text: String(repeating: "很长的中文句子,", count: 8)) }
        let thread = try DiscussionThread(source: .tread, post: Post(text: "x"), replies: replies, parents: [nil] + (0..<(count - 1)).map { $0 })
        let layout = TextLayout()
        for width in [20, 43, 60, 80] {
            let output = lines(thread, width: width)
            #expect(output.allSatisfy { layout.width(of: $0) <= width })
            let deepest = IndentPolicy(width: width).deepestIndentedLevel
            #expect(output.contains { $0.contains("↳\(count) 作者\(count - 1)") })
            #expect(output.allSatisfy { !$0.hasPrefix(String(repeating: " ", count: (deepest + 1) * TreeGuide.columns)) })
        }
    }

    @Test("escape sequences in any field never reach the output")
    func hostile() throws {
        let evil = "\u{1B}]52;c;AAAA\u{7}\u{1B}[2J\u{9B}31m\u{8}\r\u{202E}"
        let replies = [Reply(id: ReplyID("x"), author: Author(name: evil), time: .partial(evil), text: evil + "\n" + evil)]
        let thread = try DiscussionThread(
            source: ThreadSource(evil), title: evil, url: evil, post: Post(author: Author(name: evil), text: evil),
            replies: replies, parents: [nil]
        )
        let output = PlainTreeWriter(width: 60).render(thread)
        #expect(!output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
    }

    @Test("under a filter: matches in full, what they answer as a marked header, hidden replies counted, layer tags")
    func filtered() throws {
        let replies = [
            Reply(id: ReplyID("a"), author: Author(name: "甲"), text: "算力不够"),
            Reply(id: ReplyID("b"), author: Author(name: "乙"), text: "GPU 太贵"),
            Reply(id: ReplyID("c"), author: Author(name: "丙"), text: "无关"),
            Reply(id: ReplyID("d"), author: Author(name: "丁"), text: "也无关"),
        ]
        let thread = try DiscussionThread(source: .tread, title: "t", post: Post(author: Author(name: "楼主"), text: "正文"),
                                          replies: replies, parents: [nil, 0, 0, nil])
        let filter = ReplyFilter(thread: thread) { $0 == 1 }
        let classification = LayerClassification(thread: thread, layers: .standard)
        let output = PlainTreeWriter(width: 60).render(thread, filter: filter, label: "GPU", classification: classification)
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false) == [
            "tread · 回复 4 loaded",
            "filter: GPU · 1 of 4 shown",
            "t",
            "楼主 · 1 hidden",
            "",
            "正文",
            "│",
            "└─ 甲 (context) · 1 hidden 算力",
            "   │",
            "   └─ 乙 算力",
            "      GPU 太贵",
            "",
        ])
    }
}
