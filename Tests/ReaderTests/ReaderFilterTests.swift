import Reader
import Testing
import ThreadModel

@Suite("Filtering by layer, OP and featured")
struct ReaderFilterTests {
    private func reader(_ keys: String) throws -> ReaderState {
        try ReaderFixtures.reader(width: 52, height: 16, keys: keys)
    }

    /// The replies `j` visits, by author.
    private func visited(_ reader: ReaderState) -> [String] {
        var reader = reader
        reader.perform(.first)
        var seen: [String] = []
        reader.perform(.nextReply)
        while reader.selected >= 0, let author = reader.thread.replies[reader.thread.treeOrder[reader.selected]].author?.name, seen.last != author {
            seen.append(author)
            reader.perform(.nextReply)
        }
        return seen
    }

    @Test("digits toggle layers, O the OP's replies, F featured ones; 0 clears", arguments: [
        ("1", ["甲"]), ("2", ["甲", "乙", "楼主"]), ("12", ["甲", "乙", "楼主"]), ("4", ["丙"]), ("14", ["甲", "丙"]),
        ("O", ["甲", "乙", "楼主"]), ("F", ["甲"]), ("1O", []), ("10", ["甲", "乙", "楼主", "丙"]), ("11", ["甲", "乙", "楼主", "丙"]),
    ])
    func toggles(keys: String, expected: [String]) throws {
        #expect(visited(try reader(keys)) == expected)
    }

    @Test("a match keeps what it answers as dimmed headers; counts are of matches; hidden siblings are counted")
    func context() throws {
        let reader = try reader("2")
        let lines = reader.render().lines
        #expect(lines[0].hasSuffix("filter: 模型"))
        #expect(lines.last?.hasPrefix("post  1 of 4 shown (模型 1)") == true)
        #expect(lines[1] == "楼主 · 1 hidden")
        let header = try #require(lines.firstIndex { $0.hasPrefix("└─ 甲 [精] 👍 3 算力") })
        // The context reply is its header alone: the next row is its child's guide, not its text.
        #expect(!lines.joined().contains("GPU 不够用"))
        #expect(lines[header + 2].contains("乙"))
        #expect(lines.contains { $0.contains("楼主 [楼主] 模型") } && lines.contains { $0.contains("那模型呢") })
        let frame = reader.render()
        let column = try #require((0..<52).first { frame[header, $0].text == "甲" })
        #expect(frame[header, column].role == .dim)
        #expect(try self.reader("1").render().lines.contains { $0.hasSuffix("👍 3 · 1 hidden 算力") })
    }

    @Test("keywords in reply text are drawn in their layer's colour; names and other replies are not")
    func keywordHighlights() throws {
        let frame = try reader("").render()
        func roles(of text: String) throws -> [StyleRole] {
            let row = try #require(frame.lines.firstIndex { $0.contains(text) })
            let start = try #require(frame.lines[row].range(of: text)).lowerBound
            let column = TextLayout().width(of: String(frame.lines[row][..<start]))
            return (column..<(column + TextLayout().width(of: text))).map { frame[row, $0].role }
        }
        #expect(try roles(of: "GPU") == Array(repeating: .layerKeyword(0), count: 3))
        #expect(try roles(of: "算力更") == Array(repeating: .layerKeyword(0), count: 4) + [.text, .text])
        #expect(try roles(of: "数据才") == Array(repeating: .layerKeyword(3), count: 4) + [.text, .text])
        #expect(try roles(of: "同意") == [.text, .text, .text, .text])
    }

    @Test("a keyword inside a longer one takes the longer one's colour; a keyword split by a wrap is found")
    func keywordHighlightsAcrossLayersAndWraps() throws {
        let post = Post(author: Author(name: "楼主"), text: "一二三四五六七八九十数据中心,再说一二三四五数据")
        let thread = try DiscussionThread(source: .tread, title: "t", post: post, replies: [], parents: [])
        let frame = ReaderState(thread: thread, width: 24, height: 8).render()
        let rows = frame.lines.indices.filter { frame.lines[$0].contains("一二三") }
        #expect(rows.count == 2)
        // 24 columns hold twelve characters: 数据 ends the first row, 中心 starts the second.
        #expect((20..<24).map { frame[rows[0], $0].role } == Array(repeating: .layerKeyword(0), count: 4))
        #expect((0..<4).map { frame[rows[0] + 1, $0].role } == Array(repeating: .layerKeyword(0), count: 4))
        let last = frame.lines[rows[1]]
        let data = TextLayout().width(of: String(last[..<(try #require(last.range(of: "数据"))).lowerBound]))
        #expect(frame[rows[1], data].role == .layerKeyword(3))
    }

    @Test("nothing matching says so; an unbound digit says so; search skips what the filter hides")
    func messages() throws {
        #expect(try reader("1O").message == "nothing matches 算力 楼主")
        #expect(try reader("7").message == "no layer on 7; tread layers lists them")
        var searching = try reader(#"/数据\n"#)
        #expect(searching.selected == 3)
        searching.handle(.character("1"))
        searching.handle(.character("n"))
        #expect(searching.selected != 3)
    }

    @Test("f filters by a query, with the toggles; a bad query points at the column and keeps the filter")
    func queryPrompt() throws {
        #expect(visited(try reader(#"f那模型\n"#)) == ["甲", "乙", "楼主"])
        #expect(visited(try reader(#"fauthor:丙 OR is:featured\n"#)) == ["甲", "丙"])
        #expect(visited(try reader(#"4flayer:算力 OR 数据\n"#)) == ["丙"])
        var reader = try reader(#"f数据\n"#)
        #expect(reader.render().lines.last?.hasPrefix("post  1 of 4 shown") == true)
        #expect(reader.render().lines[0].hasSuffix("filter: “数据”"))
        for key in try KeySequence.keys(#"f<C-u>likes>=x\n"#) { reader.handle(key) }
        #expect(reader.message == "filter: column 8: likes>= needs a whole number, not 'x'")
        #expect(visited(reader) == ["丙"])
        for key in try KeySequence.keys("f") { reader.handle(key) }
        #expect(reader.render().lines.last == "filter: 数据▏")
        for key in try KeySequence.keys(#"<C-u>\n"#) { reader.handle(key) }
        #expect(reader.filter == nil)
    }

    @Test("the filter follows the prompt as it is typed; half a query keeps the last that read; Esc goes back")
    func liveQuery() throws {
        var reader = try reader(#"f数据\n"#)
        for key in try KeySequence.keys("f<C-u>那模型") { reader.handle(key) }
        #expect(reader.filterPrompt != nil && visited(reader) == ["甲", "乙", "楼主"])
        for key in try KeySequence.keys("<C-u>楼主 OR likes>=") { reader.handle(key) }
        // `likes>=` does not read yet, so `楼主 OR likes` (no reply says either) is still on.
        #expect(reader.filter?.matchCount == 0)
        for key in try KeySequence.keys("3") { reader.handle(key) }
        #expect(visited(reader) == ["甲"])
        reader.handle(.escape)
        #expect(reader.filterPrompt == nil && visited(reader) == ["丙"])
        #expect(reader.render().lines[0].hasSuffix("filter: “数据”"))
    }
}
