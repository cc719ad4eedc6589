import Foundation
import Testing
@testable import ThreadModel

@Suite("Layer files")
struct LayerSetTests {
    private func load(_ toml: String) throws -> LayerSet {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("layers-\(UUID().uuidString).toml")
        try Data(toml.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try LayerSet.load(contentsOf: file.path)
    }

    private func problem(_ toml: String) -> String? {
        do {
            _ = try load(toml)
            return nil
        } catch let error as SettingsError {
            return (error.line.map { "\($0): " } ?? "") + error.problem
        } catch {
            return "\(error)"
        }
    }

    @Test("the built-in layers: compute, models, applications, data, energy on keys 1 to 5")
    func standard() {
        let set = LayerSet.standard
        #expect(set.layers.map(\.name) == ["compute", "models", "applications", "data", "energy"])
        #expect(set.layers.map { $0.key.map(String.init) } == ["1", "2", "3", "4", "5"])
        #expect(set.layers.allSatisfy { $0.keywords.count >= 10 })
        #expect(set.sources.allSatisfy { $0 == "default" })
        #expect(set.layer(named: "算力") == 0 && set.layer(named: "Energy") == 4 && set.layer(forKey: "3") == 2)
    }

    @Test("a file replaces the built-in layers, or extends them, replacing a layer of the same name")
    func replaceAndExtend() throws {
        let own = try load("[[layer]]\nname = \"robots\"\nkeywords = [\"机器人\"]\n")
        #expect(own.layers.map(\.name) == ["robots"])
        let extended = try load("extends = \"default\"\n[[layer]]\nname = \"robots\"\nkey = \"6\"\nkeywords = [\"机器人\"]\n"
            + "[[layer]]\nname = \"energy\"\nshort = \"电\"\nkey = \"5\"\nkeywords = [\"电\"]\n")
        #expect(extended.layers.map(\.name) == ["compute", "models", "applications", "data", "energy", "robots"])
        #expect(extended.layers[4].keywords == ["电"] && extended.sources[4] != "default" && extended.sources[0] == "default")
    }

    @Test("a bad file names the key, and the line where the TOML parser gives one", arguments: [
        ("[[layer]]\nname = \"x\"\nkeyword = [\"a\"]\n", "layer 1: unknown key 'keyword'"),
        ("colour = 1\n[[layer]]\nname = \"x\"\nkeywords = [\"a\"]\n", "unknown key 'colour'"),
        ("[[layer]]\nname = \"x\"\nkeywords = [\"a\"\n", "3: not valid TOML"),
        ("[[layer]]\nname = \"x\"\nkey = \"0\"\nkeywords = [\"a\"]\n", "layer 1: 'key' must be one digit from 1 to 9"),
        ("[[layer]]\nname = \"x\"\nkeywords = []\n", "layer 1: 'keywords' must be a non-empty array"),
        ("[[layer]]\nname = \"x\"\nkeywords = [\"a\", 3]\n", "layer 1: 'keywords' must be a non-empty array"),
        ("[[layer]]\nkeywords = [\"a\"]\n", "layer 1: 'name' must be a non-empty string"),
        ("[[layer]]\nname = \"x\"\nkeywords = [\"a\"]\n[[layer]]\nname = \"x\"\nkeywords = [\"b\"]\n", "two layers are named 'x'"),
        ("extends = \"default\"\n[[layer]]\nname = \"x\"\nkey = \"1\"\nkeywords = [\"a\"]\n", "two layers use the key '1'"),
        ("extends = \"mine\"\n[[layer]]\nname = \"x\"\nkeywords = [\"a\"]\n", "'extends' must be \"default\""),
        ("name = \"x\"\n", "unknown key 'name'"),
        ("[[layer]]\nname = \"x\"\n", "layer 1: needs 'keywords' or 'patterns'"),
        ("[[layer]]\nname = \"x\"\npatterns = ['h(100']\n", "layer 1: 'patterns': 'h(100' not a valid regular expression"),
        ("[[layer]]\nname = \"x\"\npatterns = ['a|b*']\n", "layer 1: 'patterns': 'a|b*' matches empty text"),
    ])
    func badFiles(toml: String, expected: String) {
        #expect(problem(toml)?.hasPrefix(expected) == true, "\(problem(toml) ?? "no error")")
    }

    @Test("a missing file says so")
    func missing() {
        #expect(throws: SettingsError(source: "/no/such/layers.toml", problem: "no such file")) {
            try LayerSet.load(contentsOf: "/no/such/layers.toml")
        }
    }

    @Test("patterns catch what keywords cannot spell, through folding, and are counted apart")
    func patterns() throws {
        let set = try load("[[layer]]\nname = \"chips\"\nkeywords = [\"芯片\"]\npatterns = ['\\bh\\d{2,3}\\b', '9[13]0[BC]']\n")
        #expect(set.layers[0].patterns.count == 2)
        var scratch: [UInt8] = []
        for (text, found) in [("买了 H800", true), ("ＨＧ２０ 不算", false), ("910C 来了", true), ("昇騰910b", true), ("h1000", false)] {
            #expect((set.matcher.groups(in: text, scratch: &scratch) == 1) == found, "\(text)")
        }
        let text = "芯片和 Ｈ２０"
        let ranges = set.matcher.matches(in: text).map { String(decoding: Array(text.utf8)[$0.utf8Range], as: UTF8.self) }
        #expect(ranges == ["芯片", "Ｈ２０"])
    }
}
