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
