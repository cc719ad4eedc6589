import Testing
@testable import ThreadModel

@Suite("config.toml")
struct ConfigurationTests {
    @Test("osc52 turns on copying; an unknown key, a wrong type and bad TOML are named", arguments: [
        ("osc52 = true\n", nil),
        ("osc52 = \"yes\"\n", "c.toml: 'osc52' must be true or false"),
        ("themes = \"dark\"\n", "c.toml: unknown key 'themes' (known: theme, ambiguous-width, ascii, sort, outline, emoticons, preview-lines, osc52, keys)"),
        ("osc52 = \n", "c.toml:1: not valid TOML"),
    ] as [(String, String?)])
    func parse(text: String, problem: String?) {
        do {
            let configuration = try Configuration.parse(text, source: "c.toml")
            #expect(problem == nil && configuration.allowsClipboard && configuration.origins["osc52"] == "c.toml")
        } catch {
            #expect(problem.map { error.description.hasPrefix($0) } == true, "\(error)")
        }
    }

    @Test("every setting reads, and says where it came from")
    func settings() throws {
        let text = "theme = \"dark\"\nambiguous-width = 2\nascii = true\nsort = \"likes\"\noutline = true\nemoticons = \"emoji\"\npreview-lines = 3\n[keys]\nnextReply = [\"n\", \"<Down>\"]\nquit = \"Q\"\n"
        let configuration = try Configuration.parse(text, source: "c.toml")
        #expect(configuration.theme == "dark" && configuration.ambiguousWidth == .wide && configuration.asciiGuides)
        #expect(configuration.sort == "likes" && configuration.outline && !configuration.allowsClipboard)
        #expect(configuration.emoticonsAsEmoji && configuration.previewLines == 3)
        #expect(configuration.keys == [.init(command: "nextReply", keys: ["n", "<Down>"]), .init(command: "quit", keys: ["Q"])])
        #expect(configuration.origins["sort"] == "c.toml" && configuration.origins["osc52"] == nil)
        for (bad, problem) in [("sort = \"best\"\n", "'sort' must be one of"), ("ambiguous-width = 3\n", "'ambiguous-width' must be 1 or 2"),
                               ("[keys]\nquit = 1\n", "'keys.quit' must be a key or a list of keys")] {
            #expect(throws: SettingsError.self) { try Configuration.parse(bad, source: "c.toml") }
            #expect((try? Configuration.parse(bad, source: "c.toml")) == nil, "\(problem)")
        }
    }

    @Test("no user file is the defaults; a named file that is missing is an error")
    func missing() {
        #expect((try? Configuration.load(contentsOf: "/no/such/config.toml", optional: true)) == Configuration())
        #expect(throws: SettingsError(source: "/no/such/config.toml", problem: "no such file")) {
            try Configuration.load(contentsOf: "/no/such/config.toml")
        }
    }
}
