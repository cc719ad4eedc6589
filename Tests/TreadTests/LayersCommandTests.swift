import Foundation
import Testing

/// `tread layers` end to end.
@Suite("tread layers")
struct LayersCommandTests {
    @Test("lists the built-in layers; given a thread, how many replies each catches")
    func listing() throws {
        let plain = try TreadProcess.run(["layers"], input: nil, environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        #expect(plain.status == 0)
        let lines = plain.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "key  name          short  keywords  source")
        #expect(lines.count == 6 && lines[1].hasPrefix("1    compute       算力") && lines[1].hasSuffix("default"))
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/tread/Resources/sample-thread.json").path
        let counted = try TreadProcess.run(["layers", sample], input: nil, environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        #expect(counted.standardOutput.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix(" of 16") })
    }

    @Test("the user's layers.toml is used, --layers wins over it, and a bad file is one line and exit 1")
    func files() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tread-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tread"), withIntermediateDirectories: true)
        let user = folder.appendingPathComponent("tread/layers.toml")
        try Data("extends = \"default\"\n[[layer]]\nname = \"robots\"\nkey = \"6\"\nkeywords = [\"机器人\"]\n".utf8).write(to: user)
        let extended = try TreadProcess.run(["layers"], input: nil, environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(extended.standardOutput.contains("6    robots") && extended.standardOutput.contains(user.path))
        let bad = folder.appendingPathComponent("bad.toml")
        try Data("[[layer]]\nname = \"x\"\nkeyword = [\"a\"]\n".utf8).write(to: bad)
        let refused = try TreadProcess.run(["layers", "--layers", bad.path], input: nil, environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(refused.status == 1)
        #expect(refused.standardError == "tread: \(bad.path): layer 1: unknown key 'keyword' (known: name, short, key, color, keywords, patterns)\n")
    }

    @Test("--filter keeps the matches and what they answer, in plain output and export; a bad query is one line")
    func filter() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/tread/Resources/sample-thread.json").path
        let environment = ["XDG_CONFIG_HOME": "/nonexistent"]
        let plain = try TreadProcess.run(["--plain", "--filter", "layer:能源 -is:op", sample], input: nil, environment: environment)
        #expect(plain.status == 0 && plain.standardOutput.contains("filter: layer:能源 -is:op · 4 of 16 shown"))
        // What a match answers is its header alone, marked; the post says how much is hidden under it.
        #expect(plain.standardOutput.contains("老K看芯片 2025-03-08 09:30 👍 41 💬 2 (context) 算力 模型\n│     │\n"))
        #expect(plain.standardOutput.contains("北窗听雨 2025-03-08 09:00 · 3 hidden\n"))
        let exported = try TreadProcess.run(["export", sample, "--filter", "is:featured", "--format", "json"], input: nil, environment: environment)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(exported.standardOutput.utf8)) as? [String: Any])
        let replies = try #require(json["replies"] as? [[String: Any]])
        #expect(replies.count == 3 && replies.allSatisfy { $0["featured"] as? Bool == true })
        let bad = try TreadProcess.run(["--plain", "--filter", "is:hot", sample], input: nil, environment: environment)
        #expect(bad.status == 1 && bad.standardError == "tread: --filter: column 4: is: takes op, featured or marked, not 'hot'\n")
    }
}
