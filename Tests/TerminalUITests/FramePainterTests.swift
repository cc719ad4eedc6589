import CNcursesw
import Reader
@testable import TerminalUI
import Testing
import ThreadModel
import TreadThemes

/// The painter against ncurses itself, with no terminal: what ncurses holds after a paint is
/// what the frame says, cell for cell.
@Suite("Painting into ncurses", .serialized)
struct FramePainterTests {
    private func reader(width: Int, height: Int) throws -> ReaderState {
        let replies = [
            Reply(id: ReplyID("a"), author: Author(name: "甲"), likes: 3, isFeatured: true, text: "算力更重要,GPU 不够用。[抱拳]"),
            Reply(id: ReplyID("b"), author: Author(name: "乙"), text: "❤️ 好 👨‍👩‍👧 家 🇨🇳 国 e\u{301} 音 “引号”…完"),
            Reply(id: ReplyID("c"), author: Author(name: "丙"), likes: 0, text: String(repeating: "数据才是关键。", count: 12)),
        ]
        let thread = try DiscussionThread(
            source: .tread, title: "测试", post: Post(author: Author(name: "楼主"), text: "算力和模型,哪个更重要?"),
            replies: replies, parents: [nil, 0, nil]
        )
        return ReaderState(thread: thread, width: width, height: height)
    }

    /// The default theme at 256 colours, as on the test terminal.
    private func palette() throws -> Palette {
        let theme = try ThemeCatalog(folders: [try #require(BundledThemes.folder)]).theme("default")
        return Palette(theme: theme, depth: .indexed256, layerNames: LayerSet.standard.layers.map(\.name))
    }

    /// How ncurses numbers `color`.
    private func number(_ color: TerminalColor?) -> Int32 {
        switch color {
        case nil: -1
        case .index(let index): Int32(index)
        case .rgb: -2
        }
    }

    private func expectScreen(_ screen: HeadlessScreen, shows frame: Frame) throws {
        let palette = try palette()
        for (row, line) in frame.terminalLines.enumerated() {
            #expect(screen.row(row) == line, "row \(row)")
            for column in 0..<frame.width where !frame[row, column].isContinuation {
                let expected = palette.style(of: frame[row, column])
                let shown = screen.style(row: row, column: column)
                #expect((shown.attributes & tread_attr_reverse() != 0) == expected.reverse, "reverse at \(row), \(column)")
                #expect(shown.foreground == number(expected.foreground), "colour at \(row), \(column)")
                #expect(shown.background == number(expected.background), "background at \(row), \(column)")
            }
        }
    }

    @Test("a painted frame is what ncurses holds, and a repaint after moves leaves only the new frame")
    func paintAndRepaint() throws {
        let screen = try HeadlessScreen(width: 60, height: 16)
        let painter = FramePainter(palette: try palette())
        var reader = try reader(width: 60, height: 16)
        painter.paint(reader.render())
        try expectScreen(screen, shows: reader.render())
        for key: Key in [.character("j"), .character("j"), .character("z"), .character("G"), .character("o"), .character("?")] {
            reader.handle(key)
            painter.paint(reader.render())
            try expectScreen(screen, shows: reader.render())
        }
    }

    @Test("after emoji, flags, families and combining marks, text stays at the column the model gave it")
    func wideClusters() throws {
        let screen = try HeadlessScreen(width: 70, height: 12)
        let painter = FramePainter(palette: try palette())
        let frame = try reader(width: 70, height: 12).render()
        painter.paint(frame)
        let row = try #require(frame.lines.firstIndex { $0.contains("好") })
        for marker in ["好", "家", "国", "音", "完"] {
            let column = try #require((0..<70).first { frame[row, $0].text == marker })
            #expect(screen.character(row: row, column: column) == marker, "\(marker) at column \(column)")
        }
    }

    @Test("styles reach ncurses: header reversed and bold, author and guide colours, selection reversed")
    func styles() throws {
        let screen = try HeadlessScreen(width: 60, height: 16)
        let painter = FramePainter(palette: try palette())
        var reader = try reader(width: 60, height: 16)
        reader.handle(.character("j"))
        let frame = reader.render()
        painter.paint(frame)
        let header = screen.style(row: 0, column: 0)
        #expect(header.attributes & tread_attr_reverse() != 0 && header.attributes & tread_attr_bold() != 0)
        let row = try #require(frame.lines.firstIndex { $0.contains("乙") })
        let column = try #require((0..<60).first { frame[row, $0].text == "乙" })
        let author = screen.style(row: row, column: column)
        #expect(author.foreground == number(try palette().style(of: .author).foreground))
        #expect(author.attributes & tread_attr_reverse() == 0)
        #expect(screen.style(row: row, column: 0).foreground == number(try palette().style(of: .guide(depth: 1)).foreground))
        let selected = try #require(frame.lines.firstIndex { $0.contains("甲") })
        #expect(screen.style(row: selected, column: 5).attributes & tread_attr_reverse() != 0)
    }

    @Test("on a direct-colour terminal (xterm-direct), a theme's #rrggbb reach ncurses as 24-bit colours")
    func directColour() throws {
        let screen = try HeadlessScreen(width: 60, height: 16, term: "xterm-direct")
        let depth = ColorDepth.of(terminalColors: Int(tread_colors()), environment: [:])
        #expect(depth == .direct)
        let theme = try ThemeCatalog(folders: [try #require(BundledThemes.folder)]).theme("dark")
        let painter = FramePainter(palette: Palette(theme: theme, depth: depth, layerNames: LayerSet.standard.layers.map(\.name)))
        painter.paint(try reader(width: 60, height: 16).render())
        let header = screen.style(row: 0, column: 0)
        #expect(header.foreground == 0x1D2021 && header.background == 0x7AA2F7)
        let text = screen.style(row: 3, column: 1)
        #expect(text.background == 0x1D2021)
    }
}
