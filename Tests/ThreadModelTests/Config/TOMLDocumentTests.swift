import Testing
@testable import ThreadModel

@Suite("Reading settings TOML")
struct TOMLDocumentTests {
    @Test("a header or dotted key without a key is an error with its line and column",
          arguments: [("[\n", 1, 2), ("a = 1\n[ \n", 2, 3), ("[[\n", 1, 3), ("[a.]\n", 1, 4), ("x = 1\na. = 2\n", 2, 4), ("[[[layer]]\n", 1, 3)])
    func missingKey(text: String, line: Int, column: Int) {
        #expect(throws: SettingsError(source: "f.toml", line: line, problem: "not valid TOML: column \(column): expected a key")) {
            try TOMLDocument.table(parsing: text, source: "f.toml")
        }
    }

    @Test("text that aborted an earlier C++ parser is refused with its place",
          arguments: [("a = [}", 1, 6), ("a = [\n  1,\n  [}]\n", 3, 4)])
    func formerAborts(text: String, line: Int, column: Int) throws {
        let error = try #require(throws: SettingsError.self) { try TOMLDocument.table(parsing: text, source: "f.toml") }
        #expect(error.line == line)
        #expect(error.problem.hasPrefix("not valid TOML: column \(column): "))
    }

    @Test("headers, dotted and quoted keys, comments and arrays of arrays read, keys in document order")
    func validText() throws {
        let text = "# a. = comment\n[roles.author]\nfg = \"#ff8800\"\n[\"a.b\".c]\nx.y = 1.5\nz = [[1, 2], [3]]\n[[layer]]\nname = 'n. m'\n"
        let table = try TOMLDocument.table(parsing: text, source: "f.toml")
        #expect(table.keys == ["roles", "a.b", "layer"])
        #expect(table["a.b"]?.table?["c"]?.table?["z"] == .array([.array([.integer(1), .integer(2)]), .array([.integer(3)])]))
        #expect(table["layer"]?.array?.first?.table?["name"]?.string == "n. m")
    }

    @Test("nesting deeper than the limit is an error, not a stack overflow",
          arguments: ["a = " + String(repeating: "[", count: 100_000), "a = " + String(repeating: "{b = ", count: 100_000),
                      "[" + Array(repeating: "k", count: 100_000).joined(separator: ".") + "]",
                      Array(repeating: "k", count: 100_000).joined(separator: ".") + " = 1"])
    func deepNesting(text: String) throws {
        let error = try #require(throws: SettingsError.self) { try TOMLDocument.table(parsing: text, source: "f.toml") }
        #expect(error.problem.contains("nest more than \(TOMLParser.maximumDepth) deep"))
    }

    @Test("nesting up to the limit reads")
    func nestingAtTheLimit() throws {
        let depth = TOMLParser.maximumDepth
        let text = "a = " + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)
        var value = try #require(try TOMLDocument.table(parsing: text, source: "f.toml")["a"])
        var levels = 0
        while let inner = value.array?.first {
            value = inner
            levels += 1
        }
        #expect(levels == depth - 2)
    }
}
