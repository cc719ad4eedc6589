import Foundation
import Reader
import Testing
import ThreadModel

/// The built binary full screen in tmux, checked against `tread render` of the same keys.
@Suite("The reader in a real terminal (tmux)", .serialized)
struct TerminalEndToEndTests {
    /// The seed thread beside the checkout, when it is there.
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seed/xueqiu-ai-thread.txt").path
    static let seedRuns = FileManager.default.fileExists(atPath: seed) || ProcessInfo.processInfo.environment["TREAD_REQUIRE_SHARED"] == "1"

    /// One step of typing: text sent literally, then named keys.
    struct Typing: Sendable, CustomStringConvertible {
        var literal: String
        var named: [String]
        /// The same keys in `tread render` notation.
        var notation: String
        var description: String { notation }
    }

    private func expectedScreen(_ file: String, width: Int, height: Int, keys: String) throws -> [String] {
        let result = try TreadProcess.run(["render", file, "--size", "\(width)x\(height)", "--keys", keys], input: nil)
        return Array(result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).prefix(height).map(String.init))
    }

    private func start(_ file: String, width: Int, height: Int) throws -> TmuxSession {
        let session = try TmuxSession("\(TreadProcess.executable.path) \(file); echo __EXIT__$?; sleep 60", width: width, height: height)
        try session.waitFor { $0.last?.contains("? help") == true }
        return session
    }

    private func type(_ typing: Typing, into session: TmuxSession) throws {
        if !typing.literal.isEmpty { try session.send([typing.literal], literally: true) }
        if !typing.named.isEmpty { try session.send(typing.named) }
    }

    @Test("the seed at 100×30 and 60×20 shows what tread render shows after the same keys",
          .enabled(if: seedRuns), arguments: [(100, 30), (60, 20)])
    func seedScreens(width: Int, height: Int) throws {
        let session = try start(Self.seed, width: width, height: height)
        defer { session.close() }
        var notation = ""
        for typing in [
            Typing(literal: "", named: [], notation: ""),
            Typing(literal: "jjjj", named: [], notation: "jjjj"),
            Typing(literal: "z", named: ["Down", "Down"], notation: "z<Down><Down>"),
            Typing(literal: "/算力", named: ["Enter"], notation: "/算力\\n"),
            Typing(literal: "nno", named: ["PageDown"], notation: "nno<PgDn>"),
        ] {
            try type(typing, into: session)
            notation += typing.notation
            let expected = try expectedScreen(Self.seed, width: width, height: height, keys: notation)
            let shown = try session.waitFor { Array($0.prefix(height)) == expected }
            #expect(Array(shown.prefix(height)) == expected, "after \(notation)")
        }
    }

    @Test("emoji, flags, families, combining marks and ambiguous characters keep the row's later text in place")
    func wideClusters() throws {
        #expect(TerminalGlyph.useUTF8Locale())
        let json = """
            {"format": "tread-thread/1", "post": {"text": "❤️A 👨‍👩‍👧B 🇨🇳C e\u{301}D ·E —F"},
             "replies": [{"id": "1", "text": "X❤️Y👨‍👩‍👧Z🇨🇳W"}]}
            """
        let file = try TreadProcess.temporaryFile(Data(json.utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let session = try start(file.path, width: 60, height: 12)
        defer { session.close() }
        let expected = try expectedScreen(file.path, width: 60, height: 12, keys: "")
        let shown = try session.waitFor { Array($0.prefix(12)) == expected }
        #expect(Array(shown.prefix(12)) == expected)
        // In the model "A" follows a two-column heart, so the terminal must show it at column 2:
        // what comes before it there measures two columns by the C library, as ncurses counts.
        let beforeA = String(try #require(expected.first { $0.hasPrefix("❤") }).prefix { $0 != "A" })
        #expect(TerminalGlyph.libraryWidth(of: beforeA) == 2)
        let beforeW = String(try #require(expected.first { $0.contains("X") }).prefix { $0 != "W" })
        #expect(TerminalGlyph.libraryWidth(of: beforeW) == 3 + TextLayout().width(of: "X❤️Y👨‍👩‍👧Z🇨🇳"))
    }

    @Test("a resize reflows at once, the selected reply staying in view")
    func resize() throws {
        let file = try TreadProcess.temporaryFile(Data(NativeThreadWriter.data(for: ThreadGenerator(replyCount: 40, seed: 3).thread())))
        defer { try? FileManager.default.removeItem(at: file) }
        let session = try start(file.path, width: 100, height: 30)
        defer { session.close() }
        try session.send(["j", "j", "j", "j", "j", "j"])
        try session.resize(width: 60, height: 20)
        let expected = try expectedScreen(file.path, width: 60, height: 20, keys: "jjjjjj")
        let shown = try session.waitFor { Array($0.prefix(20)) == expected }
        #expect(Array(shown.prefix(20)) == expected)
    }

    @Test("a locale that is not UTF-8, TERM=dumb or an unknown TERM is one clear line and exit status 1", arguments: [
        ("env -u LC_ALL LANG=C", "the locale (LANG=C) is not UTF-8: set LANG=C.UTF-8"),
        ("env TERM=dumb", "TERM is dumb; use --plain"),
        ("env TERM=no-such-terminal", "the terminal type no-such-terminal is unknown to ncurses"),
    ])
    func refusesTerminal(environment: String, message: String) throws {
        let session = try TmuxSession("\(environment) \(TreadProcess.executable.path); echo __EXIT__$?; sleep 60", width: 120, height: 10)
        defer { session.close() }
        let shown = try session.waitFor { $0.contains { $0.hasPrefix("__EXIT__") } }.filter { !$0.isEmpty }
        #expect(shown.count == 2 && shown.first?.hasPrefix("tread: ") == true && shown.last == "__EXIT__1", "\(shown)")
        #expect(shown.first?.contains(message) == true, "\(shown)")
    }

    @Test("a thread piped on standard input opens in the reader, with keys read from the terminal")
    func pipedThread() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/tread/Resources/sample-thread.json").path
        let session = try TmuxSession("cat \(sample) | \(TreadProcess.executable.path); echo __EXIT__$?; sleep 60", width: 80, height: 24)
        defer { session.close() }
        try session.waitFor { $0.last?.contains("? help") == true }
        try session.send(["j", "j"])
        let moved = try session.waitFor { $0.last?.hasPrefix("reply 2 of 16") == true }
        #expect(moved.last?.hasPrefix("reply 2 of 16") == true)
        try session.send(["q"])
        let ended = try session.waitFor { $0.contains("__EXIT__0") }
        #expect(ended.contains("__EXIT__0"))
    }

    @Test("the wheel scrolls, a click selects, a click on a reply's branch folds it (once, not again on release)")
    func mouse() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/tread/Resources/sample-thread.json").path
        let session = try start(sample, width: 80, height: 24)
        defer { session.close() }
        // SGR mouse reports, as xterm sends them: button 65 is the wheel down; 0 the left button,
        // M a press and m its release; columns and rows count from 1.
        try session.send(["\u{1B}[<65;10;5M"], literally: true)
        var shown = try session.waitFor { $0.last?.hasPrefix("reply 3 of 16") == true }
        #expect(shown.last?.hasPrefix("reply 3 of 16") == true)
        let header = try #require(shown.firstIndex { $0.hasPrefix("├─ 北窗听雨") })
        try session.send(["\u{1B}[<0;2;\(header + 1)M\u{1B}[<0;2;\(header + 1)m"], literally: true)
        shown = try session.waitFor { $0[header].contains("▸ 4 replies hidden") && $0.last?.hasPrefix("reply 1 of 16") == true }
        #expect(shown[header].contains("▸ 4 replies hidden"))
        #expect(shown.last?.hasPrefix("reply 1 of 16") == true)
        let body = try #require(shown.firstIndex { $0.contains("山海之间") })
        try session.send(["\u{1B}[<0;30;\(body + 2)M\u{1B}[<0;30;\(body + 2)m"], literally: true)
        shown = try session.waitFor { $0.last?.hasPrefix("reply 6 of 16") == true }
        #expect(shown.last?.hasPrefix("reply 6 of 16") == true)
        #expect(shown.contains { $0.contains("▸ 4 replies hidden") })
    }

    @Test("q, Ctrl-C, Ctrl-Z then fg, SIGTERM, SIGHUP and a crash while drawing leave the terminal as it was",
          arguments: [["q"], ["C-c"], ["C-z", "fg", "q"], ["SIGTERM"], ["SIGHUP"], ["keys", "SIGSEGV"], ["keys", "SIGABRT"], ["keys", "SIGILL"]])
    func restoresTerminal(keys: [String]) throws {
        let before = FileManager.default.temporaryDirectory.appendingPathComponent("tread-stty-\(UUID().uuidString)")
        let after = before.appendingPathExtension("after")
        let pid = before.appendingPathExtension("pid")
        defer {
            for file in [before, after, pid] { try? FileManager.default.removeItem(at: file) }
        }
        let session = try TmuxSession("PS1=__PROMPT__ exec bash --norc --noprofile -i", width: 80, height: 24)
        defer { session.close() }
        try session.waitFor { $0.contains { $0.contains("__PROMPT__") } }
        let modes = try session.modes()
        // sh records its process id, then becomes tread, so a signal reaches tread alone. Swift's
        // crash report would wait for a key on a terminal; here it must not.
        try session.send(["stty -a > \(before.path); SWIFT_BACKTRACE=interactive=no sh -c 'echo $$ > \(pid.path); exec \(TreadProcess.executable.path)'"],
                         literally: true)
        try session.send(["Enter"])
        try session.waitFor { $0.last?.contains("? help") == true }
        for key in keys {
            if key.hasPrefix("SIG") {
                let process = try #require(Int32(String(contentsOf: pid, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
                let signals = ["SIGTERM": SIGTERM, "SIGHUP": SIGHUP, "SIGSEGV": SIGSEGV, "SIGABRT": SIGABRT, "SIGILL": SIGILL]
                #expect(kill(process, try #require(signals[key])) == 0)
            } else if key == "keys" {
                // Keys that keep it drawing, so that the crash comes in the middle of a frame.
                try session.send(Array(repeating: "j", count: 200) + Array(repeating: "k", count: 200))
            } else if key == "fg" {
                try session.waitFor { $0.contains { $0.contains("Stopped") } }
                try session.send(["fg"], literally: true)
                try session.send(["Enter"])
                try session.waitFor { $0.last?.contains("? help") == true }
            } else {
                try session.send([key])
            }
        }
        // Back at the prompt, the terminal must be as it was before.
        // A new prompt, perhaps followed by keys of the burst that came after tread ended; not
        // the line that started tread.
        try session.waitFor { $0.last { !$0.isEmpty }.map { $0.hasPrefix("__PROMPT__") && !$0.contains("exec") } == true }
        // Keys of the burst that reached the terminal after the crash are the shell's now; C-u
        // clears them from its line, as a user would.
        try session.send(["C-u"])
        try session.send(["stty -a > \(after.path); echo __DONE__"], literally: true)
        try session.send(["Enter"])
        let done = try session.waitFor { $0.contains { $0.hasPrefix("__DONE__") } }
        #expect(done.contains { $0.hasPrefix("__DONE__") }, "screen: \(done.filter { !$0.isEmpty })")
        let saved = try String(contentsOf: before, encoding: .utf8)
        #expect(!saved.isEmpty)
        #expect(try session.modes() == modes)
        let restored = try String(contentsOf: after, encoding: .utf8)
        #expect(restored == saved, "stty -a before: \(saved.split(separator: "\n").filter { !restored.contains($0) }), after: \(restored.split(separator: "\n").filter { !saved.contains($0) })")
    }

    @Test("a storm of resizes through 1×1 and 10×3 leaves the reader drawing and the terminal as it was")
    func resizeStorm() throws {
        let before = FileManager.default.temporaryDirectory.appendingPathComponent("tread-stty-\(UUID().uuidString)")
        let after = before.appendingPathExtension("after")
        defer { for file in [before, after] { try? FileManager.default.removeItem(at: file) } }
        let session = try TmuxSession("PS1=__PROMPT__ exec bash --norc --noprofile -i", width: 80, height: 24)
        defer { session.close() }
        try session.waitFor { $0.contains { $0.contains("__PROMPT__") } }
        try session.send(["stty -a > \(before.path); \(TreadProcess.executable.path)"], literally: true)
        try session.send(["Enter"])
        try session.waitFor { $0.last?.contains("? help") == true }
        let sizes = [(1, 1), (10, 3), (200, 60), (20, 5), (1, 40), (120, 2), (80, 24)]
        for round in 0..<60 {
            let (width, height) = sizes[round % sizes.count]
            try session.resize(width: width, height: height)
            if round % 5 == 0 { try session.send(["j"]) }
        }
        try session.resize(width: 10, height: 3)
        let tiny = try session.waitFor { $0.joined().contains("too") }
        #expect(tiny.joined().contains("too"), "screen: \(tiny)")
        try session.resize(width: 80, height: 24)
        let shown = try session.waitFor { $0.last?.contains("? help") == true }
        #expect(shown.last?.contains("? help") == true, "screen: \(shown)")
        try session.send(["q"])
        try session.waitFor { $0.last { !$0.isEmpty }?.hasSuffix("__PROMPT__") == true }
        try session.send(["stty -a > \(after.path); echo __DONE__"], literally: true)
        try session.send(["Enter"])
        try session.waitFor { $0.contains { $0.hasPrefix("__DONE__") } }
        #expect(try String(contentsOf: after, encoding: .utf8) == String(contentsOf: before, encoding: .utf8))
    }

    @Test("reopening a thread returns to the reply it was left on, even after Ctrl-C")
    func reopens() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("tread-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        let command = "XDG_STATE_HOME=\(state.path) \(TreadProcess.executable.path)"
        let first = try TmuxSession("\(command); sleep 60", width: 80, height: 24)
        defer { first.close() }
        try first.waitFor { $0.last?.contains("? help") == true }
        try first.send(["j", "j", "j"])
        // Ctrl-C is a signal and overtakes keys still queued, so wait until they are read.
        try first.waitFor { $0.last?.hasPrefix("reply 3 of 16") == true }
        try first.send(["C-c"])
        try first.waitFor { !($0.last?.contains("? help") ?? false) }
        let second = try TmuxSession("\(command); sleep 60", width: 80, height: 24)
        defer { second.close() }
        let screen = try second.waitFor { $0.last?.hasPrefix("reply 3 of 16") == true }
        #expect(screen.last?.hasPrefix("reply 3 of 16") == true)
    }

    @Test("mark two replies, export them from the form, read the file; the marks are there on reopening")
    func markAndExport() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("tread-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: state) }
        let export = state.appendingPathComponent("marked.md")
        let command = "cd \(state.path) && XDG_STATE_HOME=\(state.path) \(TreadProcess.executable.path)"
        let first = try TmuxSession("\(command); sleep 60", width: 100, height: 30)
        defer { first.close() }
        try first.waitFor { $0.last?.contains("? help") == true }
        try first.send(["j", "m", "j", "j", "m"])
        try first.waitFor { $0.last?.contains("✓ 2 marked") == true }
        try first.send(["e"])
        try first.waitFor { $0.contains { $0.contains("< marked (2) >") } }
        try first.send(["Down", "Down", "Down", "C-u"])
        try first.send(["marked.md"], literally: true)
        try first.send(["Enter"])
        try first.waitFor { $0.last?.contains("wrote 2 replies to marked.md") == true }
        try first.send(["q"])
        try first.waitFor { !($0.last?.contains("? help") ?? false) }
        let markdown = try String(contentsOf: export, encoding: .utf8)
        #expect(markdown.hasPrefix("# AI 产业链分几层"))
        #expect(markdown.contains("> **北窗听雨** \\[楼主\\] \\[精\\] · 2025-03-08 09:12 · 👍 86 · 💬 4"))
        #expect(markdown.contains("> **北窗听雨** \\[楼主\\] · 2025-03-08 09:41"))
        #expect(markdown.contains("2 of 16 replies"))
        let second = try TmuxSession("\(command); sleep 60", width: 100, height: 30)
        defer { second.close() }
        let screen = try second.waitFor { $0.last?.contains("✓ 2 marked") == true }
        #expect(screen.filter { $0.contains("✓ 北窗听雨") }.count == 2)
    }

    @Test("y copies the selected reply through OSC 52 once config.toml allows it; a bad config is one line")
    func copies() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tread-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tread"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "XDG_CONFIG_HOME=\(folder.path) \(TreadProcess.executable.path)"
        let refusing = try TmuxSession("\(command); sleep 60", width: 100, height: 24)
        defer { refusing.close() }
        try refusing.waitFor { $0.last?.contains("? help") == true }
        try refusing.send(["j", "y"])
        try refusing.waitFor { $0.last?.contains("copying is off") == true }
        try Data("osc52 = true\n".utf8).write(to: folder.appendingPathComponent("tread/config.toml"))
        let copying = try TmuxSession("\(command); sleep 60", width: 100, height: 24)
        defer { copying.close() }
        try copying.waitFor { $0.last?.contains("? help") == true }
        try copying.send(["j", "y"])
        try copying.waitFor { $0.last?.contains("copied") == true }
        let copied = try copying.clipboard()
        #expect(copied.hasPrefix("先说结论:算力层最确定"), "\(copied)")
        try Data("osc = true\n".utf8).write(to: folder.appendingPathComponent("tread/config.toml"))
        let bad = try TreadProcess.run([], input: nil, environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(bad.status == 1 && bad.standardError.hasPrefix("tread: \(folder.path)/tread/config.toml: unknown key 'osc'"))
        let badPane = try TmuxSession("\(command); echo __EXIT__$?; sleep 60", width: 100, height: 24)
        defer { badPane.close() }
        let screen = try badPane.waitFor { $0.contains { $0.hasPrefix("__EXIT__") } }
        // The message wraps at the pane's edge, where a space may fall and be trimmed.
        let expected = "tread: \(folder.path)/tread/config.toml: unknown key 'osc' (known: theme, ambiguous-width, ascii, sort, outline, emoticons, preview-lines, osc52, keys)"
        #expect(screen.joined().replacingOccurrences(of: " ", with: "").contains(expected.replacingOccurrences(of: " ", with: "")))
        #expect(screen.contains("__EXIT__1"))
    }

    @Test("themes: T goes to the next one; NO_COLOR shows no colour; a bad theme falls back to default and says so")
    func themes() throws {
        let colourful = try TmuxSession("\(TreadProcess.executable.path) --theme dark; sleep 60", width: 100, height: 24)
        defer { colourful.close() }
        try colourful.waitFor { $0.last?.contains("? help") == true }
        // The dark theme's background, #1d2021, at the nearest of 256 colours; a busy machine may
        // show the frame a little after the status bar.
        #expect(try colourful.waitForStyled { $0.contains("48;5;234") }.contains("48;5;234"))
        try colourful.send(["T"])
        let next = try colourful.waitFor { $0.last?.contains("theme: ") == true }
        #expect(next.last?.contains("theme: default") == true)
        let plain = try TmuxSession("NO_COLOR=1 \(TreadProcess.executable.path) --theme dark; sleep 60", width: 100, height: 24)
        defer { plain.close() }
        try plain.waitFor { $0.last?.contains("? help") == true }
        let styled = try plain.styledScreen()
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"))
        // 39 and 49 reset to the terminal's own colours, which tmux writes as it pleases.
        #expect(!styled.contains(try Regex("\u{1B}\\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]")))
        let bad = try TmuxSession("\(TreadProcess.executable.path) --theme /no/such.toml; sleep 60", width: 120, height: 24)
        defer { bad.close() }
        let screen = try bad.waitFor { $0.last?.contains("? help") == true }
        #expect(screen.last?.contains("/no/such.toml: no such file; using default") == true)
    }

    @Test("a key remapped in config.toml works; --print-config shows it and where it came from")
    func remappedKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tread-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tread"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tread/config.toml")
        try Data("ascii = true\n[keys]\nnextReply = [\"x\", \"<Down>\"]\nhelp = \"?\"\n".utf8).write(to: file)
        let pane = try TmuxSession("XDG_CONFIG_HOME=\(folder.path) \(TreadProcess.executable.path); sleep 60", width: 100, height: 24)
        defer { pane.close() }
        try pane.waitFor { $0.last?.contains("? help") == true }
        try pane.send(["x", "x"])
        let moved = try pane.waitFor { $0.last?.hasPrefix("reply 2 of 16") == true }
        #expect(moved.contains { $0.hasPrefix("|- ") || $0.hasPrefix("`- ") })
        try pane.send(["j"])
        try pane.waitFor { $0.last?.contains("j does nothing here") == true }
        try pane.send(["?"])
        let help = try pane.waitFor { $0.contains { $0.contains("next reply") } }
        #expect(help.contains { $0.contains("x ↓") && $0.contains("next reply") })
        let printed = try TreadProcess.run(["--print-config"], input: nil, environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(printed.standardOutput.contains("nextReply = [\"x\", \"<Down>\"]") && printed.standardOutput.contains("# \(file.path)"))
        #expect(printed.standardOutput.contains("sort = \"thread\"                           # default"))
    }
}
