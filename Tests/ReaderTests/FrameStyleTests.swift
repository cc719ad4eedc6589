import Reader
import Testing
import ThreadModel
import TreadThemes

@Suite("Styles and SGR")
struct FrameStyleTests {
    @Test("colour depth from TERM, COLORTERM and NO_COLOR", arguments: [
        (["TERM": "xterm-256color"], ColorDepth.indexed256), (["TERM": "xterm-direct"], .direct),
        (["TERM": "xterm", "COLORTERM": "truecolor"], .direct), (["TERM": "screen"], .indexed16), (["TERM": "dumb"], ColorDepth.none),
        ([:], ColorDepth.none), (["TERM": "xterm-256color", "NO_COLOR": "1"], ColorDepth.none), (["TERM": "xterm-256color", "NO_COLOR": ""], .indexed256),
    ])
    func depth(environment: [String: String], depth: ColorDepth) {
        #expect(ColorDepth.of(environment: environment) == depth)
    }

    @Test("colour depth from the terminal's colour count", arguments: [
        (0x100_0000, ColorDepth.direct), (256, .indexed256), (88, .indexed16), (16, .indexed16), (8, .indexed16), (0, ColorDepth.none),
    ])
    func terminalDepth(colors: Int, depth: ColorDepth) {
        #expect(ColorDepth.of(terminalColors: colors, environment: [:]) == depth)
        #expect(ColorDepth.of(terminalColors: colors, environment: ["NO_COLOR": "yes"]) == ColorDepth.none)
    }

    @Test("runs of one style share one SGR; rows end in the default style; blanks that show nothing are trimmed")
    func runs() throws {
        #expect(TerminalGlyph.useUTF8Locale())
        var frame = Frame(width: 12, height: 2)
        frame.write(TextLayout().clusters(of: "甲 👍 3"), row: 0, column: 0, role: .author)
        frame.write(TextLayout().clusters(of: "x"), row: 0, column: 8, role: .text)
        frame.restyle(row: 1, columns: 0..<12, role: .statusBar)
        let catalog = ThemeCatalog(folders: [try #require(BundledThemes.folder)])
        let lines = frame.styledLines(palette: Palette(theme: try catalog.theme("default"), depth: .indexed256, layerNames: []))
        #expect(lines[0] == "\u{1B}[0;1;34m甲 👍 3\u{1B}[0m x")
        #expect(lines[1] == "\u{1B}[0;7m" + String(repeating: " ", count: 12) + "\u{1B}[0m")
        let mono = Palette(theme: try catalog.theme("mono"), depth: .none, layerNames: [])
        #expect(frame.styledLines(palette: mono)[0] == "\u{1B}[0;1m甲 👍 3\u{1B}[0m x")
        let dark = Palette(theme: try catalog.theme("dark"), depth: .direct, layerNames: [])
        #expect(frame.styledLines(palette: dark)[0].hasPrefix("\u{1B}[0;1;38;2;108;182;255;48;2;29;32;33m甲"))
    }
}
