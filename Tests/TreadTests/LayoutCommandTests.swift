import Foundation
import Testing
import ThreadModel

/// `tread layout` end to end: the built binary, its output, its errors and exit codes.
@Suite("tread layout")
struct LayoutCommandTests {
    static let sampleText = "雪球上关于AI的讨论：算力、算法和数据，哪一层最重要？英伟达H100和gpt4.0都在“卡脖子”的讨论里。\n\nhello world 👨‍👩‍👧\n"

    @Test("wraps a file to the width, by Chinese rules", arguments: [10, 17, 40])
    func wrapsFile(width: Int) throws {
        let file = try TreadProcess.temporaryFile(Data(Self.sampleText.utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try TreadProcess.run(["layout", "--width", "\(width)", file.path])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { TextLayout().width(of: String($0)) <= width })
        #expect(lines.joined().filter { $0 != " " } == Self.sampleText.filter { $0 != " " && $0 != "\n" })
        #expect(!lines.contains { $0.hasPrefix("，") || $0.hasPrefix("。") || $0.hasSuffix("“") })
    }

    @Test("reads standard input and measures each line")
    func measuresStandardInput() throws {
        let result = try TreadProcess.run(["layout", "--measure"], input: Data("雪球\nabc\n👍🏽e\u{301}\n\n·\n".utf8))
        #expect(result.status == 0)
        #expect(result.standardOutput == "4\n3\n3\n0\n1\n")
        let wide = try TreadProcess.run(["layout", "--measure", "--ambiguous", "2", "-"], input: Data("·\n".utf8))
        #expect(wide.standardOutput == "2\n")
    }

    @Test("escape sequences in the input never reach the output")
    func sanitises() throws {
        let hostile = "title\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}evil\r\n"
        let result = try TreadProcess.run(["layout", "--width", "20"], input: Data(hostile.utf8))
        #expect(result.status == 0)
        #expect(!result.standardOutput.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(result.standardOutput.contains("␛]0;pwned␇␛[2J"))
        #expect(!result.standardOutput.contains("\u{202E}"))
    }

    @Test("invalid UTF-8 is replaced and noted on standard error")
    func invalidUTF8() throws {
        let file = try TreadProcess.temporaryFile(Data([0xE9, 0x9B, 0xAA, 0xFF, 0x61, 0x0A]))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try TreadProcess.run(["layout", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput == "雪\u{FFFD}a\n")
        #expect(result.standardError == "tread: \(file.path): invalid UTF-8 at byte 3, shown as U+FFFD\n")
    }

    @Test("a missing file, a folder or a binary file is a one-line error and exit 1")
    func errors() throws {
        let binary = try TreadProcess.temporaryFile(Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]))
        defer { try? FileManager.default.removeItem(at: binary) }
        let cases = [
            ("/nonexistent/tread.txt", "tread: /nonexistent/tread.txt: no such file\n"),
            ("/tmp", "tread: /tmp: is a directory, not a text file\n"),
            (binary.path, "tread: \(binary.path): binary file (NUL byte at byte 4); tread reads text\n"),
        ]
        for (path, message) in cases {
            let result = try TreadProcess.run(["layout", path])
            #expect(result.status == 1)
            #expect(result.standardError == message)
            #expect(result.standardOutput.isEmpty)
        }
    }

    @Test("a width under 2 is refused")
    func tooNarrow() throws {
        let result = try TreadProcess.run(["layout", "--width", "1"], input: Data("x".utf8))
        #expect(result.status != 0)
        #expect(result.standardError.contains("--width must be at least 2"))
    }
}
