import Foundation
import Testing

@Suite("tread themes, and an installed tread")
struct ThemesCommandTests {
    @Test("lists every bundled theme with a preview; --check reads a file and exits 1 on a bad one")
    func listing() throws {
        let environment = ["XDG_CONFIG_HOME": "/nonexistent"]
        let listed = try TreadProcess.run(["themes"], input: nil, environment: environment)
        #expect(listed.status == 0)
        for name in ["default", "light", "dark", "xueqiu", "high-contrast", "mono"] {
            #expect(listed.standardOutput.split(separator: "\n").contains { $0.hasPrefix(name + " ") })
        }
        #expect(listed.standardOutput.contains("北窗听雨 [精]") && !listed.standardOutput.contains("\u{1B}"))
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("tread-bad-\(UUID().uuidString).toml")
        try Data("inherits = \"default\"\n[author]\nfg = \"#12\"\n".utf8).write(to: bad)
        defer { try? FileManager.default.removeItem(at: bad) }
        let checked = try TreadProcess.run(["themes", "--check", bad.path], input: nil, environment: environment)
        #expect(checked.status == 1)
        #expect(checked.standardError == "tread: \(bad.path): 'author.fg': '#12' is not a colour (a name such as red or bright-blue, 0–255, #rrggbb, or default)\n")
        #expect(try TreadProcess.run(["themes", "--check", "xueqiu"], input: nil, environment: environment).status == 0)
    }

    @Test("a binary copied with its resource bundles finds them; copied alone, it says what is missing")
    func installed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tread-install-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let built = TreadProcess.executable.deletingLastPathComponent()
        let binary = folder.appendingPathComponent("tread")
        try FileManager.default.copyItem(at: TreadProcess.executable, to: binary)
        let alone = try run(binary, ["themes"])
        #expect(alone.status == 1 && alone.error.hasPrefix("tread: no themes found (looked in "))
        #expect(try run(binary, ["--plain"]).error.hasPrefix("tread: the bundled sample thread is missing"))
        for bundle in ["tread_tread.resources", "tread_TreadThemes.resources"] {
            try FileManager.default.copyItem(at: built.appendingPathComponent(bundle), to: folder.appendingPathComponent(bundle))
        }
        let whole = try run(binary, ["themes"])
        #expect(whole.status == 0 && whole.output.contains(folder.path + "/tread_TreadThemes.resources/dark.toml"))
        #expect(try run(binary, ["--plain"]).output.contains("北窗听雨"))
    }

    /// Runs `binary` from a folder of its own, with no configuration.
    private func run(_ binary: URL, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = binary.deletingLastPathComponent()
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8"]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
