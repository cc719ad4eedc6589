import Testing
@testable import ThreadModel

@Suite("config.toml")
struct ConfigurationTests {
    @Test("osc52 turns on copying; an unknown key, a wrong type and bad TOML are named", arguments: [
        ("osc52 = true\n", nil),
        ("osc52 = \"yes\"\n", "c.toml: 'osc52' must be true or false"),
        ("themes = \"dark\"\n", "c.toml: unknown key 'themes' (known: osc52, theme)"),
        ("osc52 = \n", "c.toml:1: not valid TOML"),
    ] as [(String, String?)])
    func parse(text: String, problem: String?) {
        do {
            let configuration = try Configuration.parse(text, source: "c.toml")
            #expect(problem == nil && configuration.allowsClipboard && configuration.source == "c.toml")
        } catch {
            #expect(problem.map { error.description.hasPrefix($0) } == true, "\(error)")
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
