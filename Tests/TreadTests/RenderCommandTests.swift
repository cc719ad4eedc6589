import Foundation
import Testing
import ThreadModel

/// `tread render` end to end: the reader's screen without a terminal.
@Suite("tread render")
struct RenderCommandTests {
    @Test("prints exactly the screen, every line within its width")
    func screen() throws {
        let result = try TreadProcess.run(["render", "--size", "60x20", "--keys", "jj"], input: nil)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 20)
        #expect(lines.allSatisfy { TextLayout().width(of: String($0)) <= 60 })
        #expect(lines.last?.hasPrefix("reply 2 of 16") == true)
        #expect(lines.first?.contains("回复 16 of 58") == true)
    }

    @Test("keys in the notation reach the reader: search, Enter, next match")
    func keys() throws {
        let result = try TreadProcess.run(["render", "--size", "80x24", "--keys", #"/GPU\nn"#], input: nil)
        #expect(result.standardOutput.split(separator: "\n").last?.contains("/GPU 2/") == true)
    }

    @Test("--color styles the same screen with SGR in the colours TERM allows; NO_COLOR keeps attributes only")
    func color() throws {
        let arguments = ["render", "--size", "60x20", "--keys", "jj"]
        let plain = try TreadProcess.run(arguments, input: nil).standardOutput
        let rich = try TreadProcess.run(arguments + ["--color", "--theme", "dark"], input: nil, environment: ["TERM": "xterm-256color", "NO_COLOR": ""])
        // The dark theme's #ff9e64 for the OP on #1d2021, at the nearest of 256 colours.
        #expect(rich.standardOutput.contains("\u{1B}[0;1;38;5;215;48;5;234m北窗听雨"))
        let sgr = try Regex("\u{1B}\\[[0-9;]*m")
        let stripped = rich.standardOutput.replacing(sgr, with: "").split(separator: "\n", omittingEmptySubsequences: false)
        let trimmed = stripped.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        #expect(trimmed.joined(separator: "\n") == plain)
        let basic = try TreadProcess.run(arguments + ["--color"], input: nil, environment: ["TERM": "xterm", "NO_COLOR": ""])
        #expect(basic.standardOutput.contains("\u{1B}[0;1;31m") && !basic.standardOutput.contains("38;5;"))
        let direct = try TreadProcess.run(arguments + ["--color", "--theme", "dark"], input: nil, environment: ["TERM": "xterm-direct", "NO_COLOR": ""])
        #expect(direct.standardOutput.contains("\u{1B}[0;1;38;2;255;158;100;48;2;29;32;33m北窗听雨"))
        // No colour at all: no colour SGR (30–49, 90–107), attributes from the mono theme.
        let none = try TreadProcess.run(arguments + ["--color", "--theme", "dark"], input: nil, environment: ["TERM": "xterm-256color", "NO_COLOR": "1"])
        let colourCode = try Regex("\u{1B}\\[[0-9;]*(;(3[0-9]|4[0-9]|9[0-7]|10[0-7]))[;m]")
        #expect(none.standardOutput.contains("\u{1B}[0;7m") && !none.standardOutput.contains(colourCode))
    }

    @Test("a bad size or key notation is a usage error or a one-line error")
    func badArguments() throws {
        #expect(try TreadProcess.run(["render", "--size", "wide"], input: nil).status == 64)
        let badKeys = try TreadProcess.run(["render", "--keys", #"\q"#], input: nil)
        #expect(badKeys.status == 1 && badKeys.standardError.hasPrefix("tread: --keys: unknown escape"))
    }
}

/// The screen the README shows is the screen tread draws.
@Suite("README screens")
struct ReadmeScreenTests {
    @Test("the tread render example in the README matches tread render")
    func example() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("README.md"),
            encoding: .utf8
        )
        let command = "$ tread render --size 80x14 --keys jjjz\n"
        let start = try #require(readme.range(of: command)).upperBound
        let shown = String(readme[start...].prefix { $0 != "`" })
        let result = try TreadProcess.run(["render", "--size", "80x14", "--keys", "jjjz"], input: nil)
        #expect(result.standardOutput == shown)
    }
}
