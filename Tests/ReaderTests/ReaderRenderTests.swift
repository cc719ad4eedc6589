import Reader
import Testing
import ThreadModel

@Suite("The reader's screen")
struct ReaderRenderTests {
    @Test("header, post, the tree with guides and badges, and the status bar")
    func tree() throws {
        let lines = try ReaderFixtures.reader(width: 52, height: 16).render().lines
        #expect(lines == [
            "tread · 测试                             回复 4 of 9",
            "楼主",
            "算力和模型,哪个更重要?",
            "│",
            "├─ 甲 [精] 👍 3 算力",
            "│  算力更重要,GPU 不够用。",
            "│  │",
            "│  └─ 乙",
            "│     同意[抱拳]",
            "│     │",
            "│     └─ 楼主 [楼主] 模型",
            "│        那模型呢?",
            "│",
            "└─ 丙 👍 0 💬 0 数据",
            "   数据才是关键。",
            "post                                          ? help",
        ])
    }

    @Test("past the indentation cap, replies show their true depth")
    func depthCap() throws {
        let lines = try ReaderFixtures.reader(width: 40, height: 16).render().lines
        #expect(lines[7] == "└─ ↳2 乙" && lines[10] == "└─ ↳3 楼主 [楼主] 模型")
    }

    @Test("the selected reply's header is highlighted; inline markup has its own style")
    func styles() throws {
        let frame = try ReaderFixtures.reader(width: 52, height: 16, keys: "j").render()
        #expect((0..<52).allSatisfy { frame[4, $0].isSelected })
        #expect(!frame[5, 5].isSelected)
        let emoticon = frame.lines[8].firstRange(of: "[抱拳]").map { frame.lines[8].distance(from: frame.lines[8].startIndex, to: $0.lowerBound) }
        #expect(emoticon != nil)
        // Column of "[" after "│     同意": six guide columns and two wide characters.
        #expect(frame[8, 10].role == .emoticon && frame[8, 6].role == .text)
        #expect(frame[4, 0].role == .guide(depth: 1))
    }

    @Test("folding hides a reply's descendants and counts them")
    func folding() throws {
        let reader = try ReaderFixtures.reader(width: 52, height: 16, keys: "jz")
        let lines = reader.render().lines
        #expect(lines[4] == "├─ 甲 [精] 👍 3 ▸ 2 replies hidden 算力")
        #expect(!lines.contains { $0.contains("同意") })
        var next = reader
        next.handle(.character("j"))
        #expect(next.render().lines.last?.hasPrefix("reply 4 of 4 ") == true)
    }

    @Test("outline shows one line per item and the selected text in a pane")
    func outline() throws {
        let lines = try ReaderFixtures.reader(width: 40, height: 20, keys: "jo").render().lines
        #expect(lines[1] == "楼主 算力和模型,哪个更重要?")
        #expect(lines[2] == "├─ 甲 [精] 👍 3 算力  算力更重要,GPU 不")
        #expect(lines[5] == "└─ 丙 👍 0 💬 0 数据  数据才是关键。")
        #expect(lines[10].hasPrefix("────"))
        #expect(lines[11] == "甲 [精] 👍 3 算力")
    }

    @Test("on a wide terminal the pane sits beside the outline; a click in it selects nothing")
    func paneBeside() throws {
        var reader = try ReaderFixtures.reader(width: 120, height: 8, keys: "jo")
        let frame = reader.render()
        #expect(frame.lines[1].hasSuffix("  │ 甲 [精] 👍 3 算力"))
        #expect(frame.lines[2] == "├─ 甲 [精] 👍 3 算力  算力更重要,GPU 不够用。" + String(repeating: " ", count: 15) + "│ 算力更重要,GPU 不够用。")
        #expect((1...6).allSatisfy { frame[$0, 60].text == "│" })
        #expect(frame[2, 59].isSelected && !frame[2, 62].isSelected)
        reader.handle(.click(row: 5, column: 30))
        #expect(reader.selected == 3)
        reader.handle(.click(row: 2, column: 70))
        #expect(reader.selected == 3)
        reader.resize(width: 119, height: 20)
        #expect(reader.render().lines[10].hasPrefix("────"))
    }

    @Test("search is incremental, counts matches, and wraps")
    func search() throws {
        var reader = try ReaderFixtures.reader(width: 52, height: 16, keys: "/模型")
        #expect(reader.render().lines.last == "/模型▏")
        #expect(reader.selected == 2)
        reader.handle(.enter)
        #expect(reader.render().lines.last?.hasPrefix("reply 3 of 4  /模型 1/1") == true)
        reader.handle(.character("n"))
        #expect(reader.message == "search wrapped")
        let frame = reader.render()
        let row = try #require(frame.lines.firstIndex { $0.contains("那模型呢") })
        let column = frame.lines[row].prefix { $0 != "模" }.reduce(0) { $0 + TextLayout().width(of: String($1)) }
        #expect(frame[row, column].role == .searchMatch && frame[row, column + 2].role == .searchMatch)
    }

    @Test("search folds case and full width, and unfolds the reply holding a match")
    func searchFolds() throws {
        let reader = try ReaderFixtures.reader(width: 52, height: 16, keys: "jz/ｇｐｕ\\n")
        #expect(reader.selected == 0)
        let unfolded = try ReaderFixtures.reader(width: 52, height: 16, keys: "jz/那模型\\n")
        #expect(unfolded.selected == 2)
        #expect(unfolded.render().lines.contains { $0.contains("那模型呢") })
    }

    @Test("Esc cancels a search and returns to where it began")
    func searchCancel() throws {
        let reader = try ReaderFixtures.reader(width: 52, height: 16, keys: "jjj/甲\\e")
        #expect(reader.selected == 2 && reader.searchPrompt == nil)
    }

    @Test("↑ and ↓ in the search prompt walk earlier searches and keep what was typed")
    func searchHistory() throws {
        var reader = try ReaderFixtures.reader(width: 52, height: 16, keys: "/甲\\n/模型\\n/数")
        reader.handle(.up)
        #expect(reader.searchPrompt?.text == "模型" && reader.selected == 2)
        reader.handle(.up)
        #expect(reader.searchPrompt?.text == "甲")
        reader.handle(.down)
        reader.handle(.down)
        #expect(reader.searchPrompt?.text == "数" && reader.selected == 3)
    }

    @Test("help lists every command with its keys, a page at a time on a short screen", arguments: [24, 60])
    func help(height: Int) throws {
        var reader = try ReaderFixtures.reader(width: 70, height: height, keys: "?")
        var lines = reader.render().lines
        for _ in 0..<5 {
            reader.handle(.character(" "))
            lines += reader.render().lines
        }
        // Space pages through the help while there is more; where it all fits, any key closes it.
        let stillShown = reader.showsHelp
        #expect(stillShown == (height < 40))
        for command in Command.allCases {
            #expect(lines.contains { $0.contains(command.help) }, "\(command)")
        }
        #expect(try ReaderFixtures.reader(width: 60, height: height, keys: "?x").showsHelp == false)
    }

    @Test("a terminal too small says so over the rows it has, down to 1×1")
    func tooSmall() throws {
        #expect(try ReaderFixtures.reader(width: 30, height: 3).render().lines == ["terminal too small (30×3);", "tread needs 20×5", ""])
        #expect(try ReaderFixtures.reader(width: 10, height: 3).render().lines == ["terminal", "too small", "(10×3); t…"])
        #expect(try ReaderFixtures.reader(width: 1, height: 1).render().lines == [""])
    }

    @Test("the selection stays on screen through moves and resizes")
    func staysInView() throws {
        var reader = try ReaderFixtures.reader(width: 40, height: 8, keys: "G")
        #expect(reader.render().lines.contains { $0.contains("丙") })
        reader.resize(width: 24, height: 6)
        #expect(reader.render().lines.contains { $0.contains("丙") })
        reader.handle(.character("g"))
        #expect(reader.render().lines[1] == "楼主")
    }

    @Test("control and escape sequences in a thread never reach a cell")
    func sanitised() throws {
        let evil = "\u{1B}[2J\u{9B}31m\u{7}\u{202E}"
        let thread = try DiscussionThread(
            source: ThreadSource(evil), title: evil, post: Post(author: Author(name: evil), text: evil),
            replies: [Reply(id: ReplyID("x"), author: Author(name: evil), time: .partial(evil), text: evil)], parents: [nil]
        )
        var reader = ReaderState(thread: thread, width: 40, height: 10)
        for mode in ["", "o"] {
            for key in try KeySequence.keys(mode) { reader.handle(key) }
            let frame = reader.render()
            #expect(frame.cells.allSatisfy { cell in
                !cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
            })
        }
    }

    @Test("L lists the selected reply's links with their addresses; none is said in the status bar")
    func links() throws {
        let post = Post(text: "看网页链接和 https://b.example/x")
        let thread = try DiscussionThread(
            source: .tread, post: Post(text: post.text, links: [Link(text: "网页链接", url: "https://a.example/")]),
            replies: [Reply(id: ReplyID("r"), text: "没有链接")], parents: [nil]
        )
        var reader = ReaderState(thread: thread, width: 60, height: 12)
        reader.handle(.character("L"))
        let lines = reader.render().lines
        #expect(lines.contains { $0.contains("网页链接 → https://a.example/") })
        #expect(lines.contains { $0.contains("https://b.example/x → https://b.example/x") })
        reader.handle(.character("x"))
        reader.handle(.character("j"))
        reader.handle(.character("L"))
        #expect(!reader.showsLinks && reader.message == "no links here")
    }

    @Test("emoticon codes drawn as emoji when asked; tree mode cut to preview lines, the pane still whole")
    func emojiAndPreview() throws {
        var reader = try ReaderFixtures.reader(width: 40, height: 20)
        #expect(reader.render().lines.contains { $0.contains("同意[抱拳]") })
        reader.emoticonsAsEmoji = true
        let frame = reader.render()
        let row = try #require(frame.lines.firstIndex { $0.contains("同意🙏") })
        let column = try #require((0..<40).first { frame[row, $0].text == "🙏" })
        #expect(frame[row, column].role == .emoticon && frame[row, column].width == 2)
        let long = Post(author: Author(name: "楼主"), text: "正文")
        let text = String(repeating: "一二三四五六七八九十", count: 12)
        let thread = try DiscussionThread(source: .tread, post: long, replies: [Reply(id: ReplyID("a"), text: text)], parents: [nil])
        var previewing = ReaderState(thread: thread, width: 40, height: 30)
        previewing.previewLines = 2
        let lines = previewing.render().lines
        #expect(lines.filter { $0.contains("一二三") }.count == 2)
        #expect(lines.contains { $0.hasSuffix("   … 5 more lines") })
        for key in try KeySequence.keys("jo") { previewing.handle(key) }
        #expect(previewing.render().lines.filter { $0.contains("一二三") }.count >= 6)
    }
}
