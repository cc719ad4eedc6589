import Reader
import Testing
import ThreadModel

@Suite("Styles and SGR")
struct FrameStyleTests {
    @Test("colour depth from TERM, COLORTERM and NO_COLOR", arguments: [
        (["TERM": "xterm-256color"], 256), (["TERM": "xterm-direct"], 256), (["TERM": "xterm", "COLORTERM": "truecolor"], 256),
        (["TERM": "screen"], 8), (["TERM": "dumb"], 0), ([:], 0), (["TERM": "xterm-256color", "NO_COLOR": "1"], 0),
        (["TERM": "xterm-256color", "NO_COLOR": ""], 256),
    ])
    func depth(environment: [String: String], colors: Int) {
        #expect(ColorDepth.colors(environment: environment) == colors)
    }

    @Test("runs of one style share one SGR; rows end in the default style; blanks that show nothing are trimmed")
    func runs() {
        #expect(TerminalGlyph.useUTF8Locale())
        var frame = Frame(width: 12, height: 2)
        frame.write(TextLayout().clusters(of: "甲 👍 3"), row: 0, column: 0, role: .author)
        frame.write(TextLayout().clusters(of: "x"), row: 0, column: 8, role: .text)
        frame.restyle(row: 1, columns: 0..<12, role: .statusBar)
        let lines = frame.styledLines(colors: 256)
        #expect(lines[0] == "\u{1B}[0;1;38;5;32m甲 👍 3\u{1B}[0m x")
        #expect(lines[1] == "\u{1B}[0;7m" + String(repeating: " ", count: 12) + "\u{1B}[0m")
        #expect(frame.styledLines(colors: 0)[0] == "\u{1B}[0;1m甲 👍 3\u{1B}[0m x")
    }
}
