import Testing
@testable import ThreadModel

@Suite("Reading settings TOML")
struct TOMLDocumentTests {
    @Test("a table header or dotted key without a key is an error with its line, not an abort in the parser",
          arguments: [("[\n", 1), ("a = 1\n[ \n", 2), ("[[\n", 1), ("[a.]\n", 1), ("x = 1\na. = 2\n", 2), ("[a. ]", 1), ("[[[layer]]\n", 1)])
    func missingKey(text: String, line: Int) {
        #expect(throws: SettingsError(source: "f.toml", line: line, problem: "not valid TOML: a key is missing (after '[' or '.')")) {
            try TOMLDocument.table(parsing: text, source: "f.toml")
        }
    }

    @Test("headers, dotted and quoted keys, comments and arrays of arrays still read")
    func validText() throws {
        let text = "# a. = comment\n[roles.author]\nfg = \"#ff8800\"\n[\"a.b\".c]\nx.y = 1.5\nz = [[1, 2], [3]]\n[[layer]]\nname = 'n. m'\n"
        let table = try TOMLDocument.table(parsing: text, source: "f.toml")
        #expect(table.keys.sorted() == ["a.b", "layer", "roles"])
    }
}
