import Foundation
import Testing

/// Thread text is written by strangers: no control or escape sequence in it may reach the
/// terminal through any output tread makes.
@Suite("Escape sequences in a thread never reach the terminal")
struct InjectionTests {
    /// Each way a reply could try to take over a terminal, as JSON string escapes.
    static let attacks = [
        #"red \u001b[31mRED\u001b[0m"#,
        #"clear \u001b[2J\u001b[H"#,
        #"title \u001b]0;owned\u0007"#,
        #"clipboard \u001b]52;c;b3duZWQ=\u0007"#,
        #"link \u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\"#,
        #"csi \u009b31m c1 \u0085 \u0090dcs\u009c"#,
        #"bell \u0007 backspace ab\b\b cr over\rwrite"#,
        #"bidi \u202egnp.exe\u202c \u2066iso\u2069"#,
    ]

    private func hostileFile() throws -> URL {
        let replies = Self.attacks.enumerated().map { #"{"id": "\#($0.offset)", "author": "甲\u001b[5m", "text": "\#($0.element)"}"# }
        let json = #"{"format": "tread-thread/1", "thread": {"title": "\u001b]0;title\u0007\u001b[41m"}, "post": {"author": "\u009b7m楼主", "text": "p\u001b[8m"}, "replies": ["#
            + replies.joined(separator: ", ") + "]}"
        return try TreadProcess.temporaryFile(Data(json.utf8), name: "hostile-\(UUID().uuidString).json")
    }

    /// The escape sequences in `text` that tread did not write: any ESC not starting one of
    /// its own SGR sequences, any other C0 control but the line feed, C1 controls and bidi
    /// overrides and isolates.
    static func foreignControls(in text: String) -> [String] {
        var found: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x1B {
                // tread's own: CSI, parameters, m.
                var end = index + 1
                if end < scalars.count, scalars[end] == "[" {
                    end += 1
                    while end < scalars.count, "0123456789;:".unicodeScalars.contains(scalars[end]) { end += 1 }
                    if end < scalars.count, scalars[end] == "m" {
                        index = end + 1
                        continue
                    }
                }
                found.append("ESC at \(index)")
            } else if (value < 0x20 && value != 0x0A) || value == 0x7F || (0x80...0x9F).contains(value)
                        || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
                found.append(String(format: "U+%04X at %d", value, index))
            }
            index += 1
        }
        return found
    }

    @Test("plain output, render with and without colour, and every export are free of the thread's controls",
          arguments: [
              ["--plain"], ["render", "--size", "100x40"], ["render", "--size", "100x40", "--color"],
              ["render", "--size", "100x40", "--keys", "G"], ["export", "--format", "md"], ["export", "--format", "txt"],
              ["export", "--format", "json"], ["layers"],
          ])
    func outputs(arguments: [String]) throws {
        let file = try hostileFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let command = arguments.first == "--plain" ? arguments + [file.path] : [arguments[0], file.path] + arguments.dropFirst()
        let result = try TreadProcess.run(command, environment: ["TERM": "xterm-256color", "COLORTERM": "truecolor"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(Self.foreignControls(in: result.standardOutput) == [])
        #expect(Self.foreignControls(in: result.standardError) == [])
        if !["json", "layers"].contains(arguments.last) {
            // What was an escape shows as its picture, so a reader sees that it was there.
            #expect(result.standardOutput.contains("␛"))
        }
    }

    @Test("in a terminal, the reader shows the sequences as text: no colour, title or clipboard changes")
    func reader() throws {
        let file = try hostileFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let session = try TmuxSession("\(TreadProcess.executable.path) \(file.path); sleep 60", width: 120, height: 50)
        defer { session.close() }
        let titleBefore = try session.title()
        let screen = try session.waitFor { $0.contains { $0.contains("clipboard ␛]52;c;") } }
        #expect(screen.contains { $0.contains("red ␛[31mRED␛[0m") })
        #expect(screen.contains { $0.contains("bidi gnp.exe iso") })
        #expect(try session.title() == titleBefore)
        #expect(((try? session.clipboard()) ?? "").isEmpty)
        // The thread's codes 5 and 8 would make cells blink or hide; no theme uses either.
        let styled = try session.styledScreen()
        #expect(!styled.contains(try Regex("\u{1B}\\[([0-9;]*;)?[58](;[0-9;]*)?m")))
        try session.send(["G", "q"])
    }

    @Test("JSON export keeps the controls as escapes, so the thread opens again unchanged")
    func jsonKeepsText() throws {
        let file = try hostileFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let exported = try TreadProcess.run(["export", file.path, "--format", "json"])
        let again = try TreadProcess.temporaryFile(Data(exported.standardOutput.utf8), name: "again-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: again) }
        let twice = try TreadProcess.run(["export", again.path, "--format", "json"])
        #expect(twice.status == 0 && twice.standardOutput == exported.standardOutput)
        #expect(exported.standardOutput.contains(#"\u001b]52;c;"#))
    }
}
