import Foundation
import Testing
import ThreadModel

@Suite("tread export of marked replies")
struct ExportCommandTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tread-export-\(UUID().uuidString)")
    private let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/tread/Resources/sample-thread.json")

    private func thread(at url: URL) throws -> DiscussionThread {
        try ThreadImporter.importThread(from: [ImportInput(name: url.path, text: String(contentsOf: url, encoding: .utf8))], format: nil, options: ImportOptions())
    }

    @Test("marks saved for a thread are found from a copy at another path; the export opens again with the same replies")
    func markedFromAnotherPath() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("elsewhere.json")
        try FileManager.default.copyItem(at: sample, to: copy)
        let original = try thread(at: sample)
        let marked = [original.replies[2], original.replies[7]]
        try MarkStore(thread: original, folder: folder.path + "/tread/marks").update(marking: Set(marked.map(\.id)))
        let environment = ["XDG_STATE_HOME": folder.path, "XDG_CONFIG_HOME": "/nonexistent"]
        let output = folder.appendingPathComponent("marked.json")
        let result = try TreadProcess.run(["export", copy.path, "--marked", "-o", output.path], input: nil, environment: environment)
        #expect(result.status == 0 && result.standardError.isEmpty)
        let reopened = try thread(at: output)
        #expect(reopened.replies == marked)
        #expect(reopened.title == original.title && reopened.declared == original.declared)
        let both = try TreadProcess.run(["export", copy.path, "--marked", "--filter", "is:marked -layer:能源", "--format", "json"],
                                        input: nil, environment: environment)
        #expect(both.status == 0 && both.standardOutput.contains("\"id\": \"\(marked[0].id)\""))
    }

    @Test("a write that cannot happen is one line naming the path, and leaves nothing behind")
    func failures() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no/such/folder/out.md").path
        let result = try TreadProcess.run(["export", sample.path, "-o", missing], input: nil, environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("tread: \(missing): cannot create a file in ") && result.standardError.hasSuffix("(No such file or directory)\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
