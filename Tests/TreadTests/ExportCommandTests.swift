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

    @Test("a write past the file-size limit, as on a full disk, is one line naming the path, and leaves nothing behind")
    func fileTooLarge() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.md").path
        // 1 KB: the Markdown of the sample thread is larger.
        let result = try TreadProcess.run(["-c", "ulimit -f 2; exec \"$0\" export \"$1\" -o \"$2\"", TreadProcess.executable.path, sample.path, output],
                                          shell: true)
        #expect(result.status == 1)
        #expect(result.standardError == "tread: \(output): cannot write (File too large)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a symlink at the export path is kept without --force; with it, the link is replaced, never the file it points to")
    func symlinkAtPath() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("precious.txt").path
        let link = folder.appendingPathComponent("out.md").path
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let refused = try TreadProcess.run(["export", sample.path, "-o", link])
        #expect(refused.status == 1 && refused.standardError == "tread: \(link): already exists; use --force to replace it\n")
        let dangling = folder.appendingPathComponent("dangling.md").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.appendingPathComponent("nowhere").path)
        let refusedDangling = try TreadProcess.run(["export", sample.path, "-o", dangling])
        #expect(refusedDangling.status == 1 && refusedDangling.standardError.contains("already exists"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nowhere").path))
        let forced = try TreadProcess.run(["export", sample.path, "-o", link, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == nil)
        #expect(try String(contentsOfFile: link, encoding: .utf8).hasPrefix("# "))
    }
}
