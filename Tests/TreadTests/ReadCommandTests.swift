import Foundation
import Testing
import ThreadModel

/// `tread FILE…` and `tread export` end to end: inputs, output, errors and exit codes.
@Suite("tread read and export")
struct ReadCommandTests {
    private static let native = """
        {"format": "tread-thread/1", "thread": {"source": "tread", "replies": 5},
         "post": {"author": "甲", "text": "讨论算力"},
         "replies": [{"id": "1", "parent": null, "author": "乙", "text": "第一条回复"},
                     {"id": "2", "parent": "1", "author": "甲", "text": "楼主的回复"}]}
        """

    private func file(_ text: String) throws -> URL {
        try TreadProcess.temporaryFile(Data(text.utf8))
    }

    @Test("a file prints as a tree when output is not a terminal")
    func plainTree() throws {
        let url = try file(Self.native)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try TreadProcess.run([url.path])
        #expect(result.status == 0 && result.standardError.isEmpty)
        #expect(result.standardOutput.hasPrefix("tread · 回复 5 (2 loaded)\n甲\n\n讨论算力\n│\n└─ 乙\n"))
        #expect(result.standardOutput.contains("   └─ 甲 [楼主]\n      楼主的回复\n"))
    }

    @Test("standard input is read when piped, or when named '-'")
    func standardInput() throws {
        for arguments in [["--plain"], ["-", "--ascii"]] {
            let result = try TreadProcess.run(arguments, input: Data(Self.native.utf8))
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("第一条回复"))
        }
        #expect(try TreadProcess.run(["-", "--ascii"], input: Data(Self.native.utf8)).standardOutput.contains("`- 乙"))
    }

    @Test("with nothing to read, the bundled sample thread opens")
    func bundledSample() throws {
        let result = try TreadProcess.run([], input: nil)
        #expect(result.status == 0)
        let output = result.standardOutput
        #expect(output.contains("[精]") && output.contains("[楼主]") && output.contains("(16 loaded)"))
        // Five levels deep: the first reply's line, then four levels of indentation.
        #expect(output.contains("│           └─ 老K看芯片"))
    }

    @Test("--width, else $COLUMNS, else 80 columns")
    func width() throws {
        let long = Self.native.replacingOccurrences(of: "第一条回复", with: String(repeating: "算力", count: 100))
        let url = try file(long)
        defer { try? FileManager.default.removeItem(at: url) }
        let widest = { (result: TreadProcess.Result) in
            result.standardOutput.split(separator: "\n").map { TextLayout().width(of: String($0)) }.max() ?? 0
        }
        // A line of wide characters may end one column short.
        #expect((79...80).contains(widest(try TreadProcess.run([url.path]))))
        #expect((49...50).contains(widest(try TreadProcess.run([url.path, "--width", "50"]))))
        #expect((63...64).contains(widest(try TreadProcess.run([url.path], environment: ["COLUMNS": "64"]))))
    }

    @Test("bad input is one line naming the file and place, exit status 1", arguments: [
        ("", "empty input"),
        ("{\"format\": \"tread-thread/1\", \"replies\": [", ":1:"),
        ("just words", "not a thread tread knows"),
        ("{\"format\": \"tread-thread/1\", \"replies\": [{\"id\": 1, \"parent\": 1, \"text\": \"x\"}]}", "cycle"),
    ])
    func badInput(text: String, expected: String) throws {
        let url = try file(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try TreadProcess.run([url.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("tread: \(url.path)"))
        #expect(result.standardError.contains(expected))
        #expect(result.standardError.filter { $0 == "\n" }.count == 1)
    }

    @Test("binary files, missing files and empty standard input are refused")
    func unreadable() throws {
        let binary = try TreadProcess.temporaryFile(Data([0x7B, 0x00, 0x01]))
        defer { try? FileManager.default.removeItem(at: binary) }
        #expect(try TreadProcess.run([binary.path]).standardError.contains("binary file"))
        #expect(try TreadProcess.run(["/no/such/thread.json"]).status == 1)
        let empty = try TreadProcess.run(["-"], input: Data())
        #expect(empty.status == 1 && empty.standardError == "tread: <stdin>: empty input; expected a thread\n")
    }

    @Test("--from forces a format; a bad value is a usage error")
    func fromOption() throws {
        let result = try TreadProcess.run(["--from", "xueqiu-page", "-"], input: Data(Self.native.utf8))
        #expect(result.status == 0)
        let wrong = try TreadProcess.run(["--from", "tread", "-"], input: Data("转发:1回复:2喜欢:3\n\n正文".utf8))
        #expect(wrong.status == 1 && wrong.standardError.contains("expected a tread-thread/1 object"))
        #expect(try TreadProcess.run(["--from", "html", "-"], input: Data()).status == 64)
    }

    @Test("export writes tread-thread/1 (named, or by the file's extension) to stdout or a file, never over an existing one unless forced")
    func export() throws {
        let url = try file(Self.native)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tread-export-\(UUID().uuidString).json")
        defer {
            try? FileManager.default.removeItem(at: url)
            try? FileManager.default.removeItem(at: output)
        }
        let printed = try TreadProcess.run(["export", url.path, "--format", "json"])
        #expect(printed.status == 0 && printed.standardOutput.hasPrefix("{\n  \"format\": \"tread-thread/1\""))
        #expect(try TreadProcess.run(["export", url.path, "-o", output.path]).status == 0)
        #expect(FileManager.default.contents(atPath: output.path) == Data(printed.standardOutput.utf8))
        let again = try TreadProcess.run(["export", url.path, "-o", output.path])
        #expect(again.status == 1 && again.standardError == "tread: \(output.path): already exists; use --force to replace it\n")
        #expect(try TreadProcess.run(["export", url.path, "-o", output.path, "--force"]).status == 0)
        // What export wrote reads back to the same output.
        #expect(try TreadProcess.run(["export", output.path, "--format", "json"]).standardOutput == printed.standardOutput)
    }

    @Test("--op names the post's author for page text")
    func originalPoster() throws {
        let page = "转发:1回复:2喜欢:3\n\n正文\n\n精彩讨论\n\n甲01-01 10:00\n\n内容"
        let result = try TreadProcess.run(["--op", "甲", "-"], input: Data(page.utf8))
        #expect(result.standardOutput.contains("甲 [楼主] [精] 01-01 10:00"))
    }

    @Test("invalid UTF-8 in a thread is replaced and noted once")
    func invalidUTF8() throws {
        var bytes = Array(Self.native.utf8)
        let at = try #require(bytes.firstRange(of: Array("算".utf8))?.lowerBound)
        bytes.insert(contentsOf: [0xFF, 0xFE], at: at)
        let result = try TreadProcess.run(["-"], input: Data(bytes))
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("讨论\u{FFFD}"))
        #expect(result.standardError == "tread: <stdin>: invalid UTF-8 at byte \(at) and 1 more place, shown as U+FFFD\n")
    }

    @Test("Xueqiu times show in China time whatever the machine's zone")
    func chinaTime() throws {
        let json = #"{"comments":[{"id":1,"created_at":1709258400000,"user":{"screen_name":"甲"},"text":"x"}]}"#
        let result = try TreadProcess.run(["-"], input: Data(json.utf8), environment: ["TZ": "America/New_York"])
        #expect(result.standardOutput.contains("甲 2024-03-01 10:00"))
    }

    @Test("generate writes a thread tread reads, the same for the same seed")
    func generate() throws {
        let first = try TreadProcess.run(["generate", "--replies", "50", "--seed", "9"])
        #expect(first.status == 0)
        #expect(first.standardOutput == (try TreadProcess.run(["generate", "--replies", "50", "--seed", "9"])).standardOutput)
        #expect(try TreadProcess.run(["-"], input: Data(first.standardOutput.utf8)).standardOutput.contains("(50 loaded)"))
        let page = try TreadProcess.run(["generate", "--replies", "50", "--shape", "page"])
        #expect(try TreadProcess.run(["-"], input: Data(page.standardOutput.utf8)).standardOutput.contains("(50 loaded)"))
    }
}
