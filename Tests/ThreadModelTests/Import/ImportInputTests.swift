import Foundation
import Testing
@testable import ThreadModel

@Suite("reading inputs from files")
struct ImportInputTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tread-input-\(UUID().uuidString)")

    private func file(_ bytes: [UInt8], named name: String = "thread.json") throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A generated thread of several mebibytes, so that pages are given back while it is read.
    private static let large = NativeThreadWriter.data(for: ThreadGenerator(replyCount: 5_000, seed: 5).thread())

    private func importError(_ input: ImportInput) -> String {
        do {
            _ = try ThreadImporter.importThread(from: [input])
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test("a mapped file reads as the same thread and report as its bytes in memory")
    func mappedMatchesMemory() throws {
        let path = try file(Self.large)
        let mapped = try ImportInput(contentsOfFile: path)
        #expect(mapped.check() == UTF8Report(checking: Self.large))
        let fromFile = try ThreadImporter.importThread(from: [mapped])
        let fromMemory = try ThreadImporter.importThread(from: [ImportInput(name: path, bytes: Self.large)])
        #expect(fromFile == fromMemory)
        #expect(fromFile.replies.count == 5_000)
    }

    @Test("errors found after pages were given back name the same line and column")
    func errorsAfterRelease() throws {
        // The last reply takes the first one's id: found at the end, placed near the end.
        var text = String(decoding: Self.large, as: UTF8.self)
        let lastID = try #require(text.ranges(of: "\"id\": \"100004999\"").last)
        text.replaceSubrange(lastID, with: "\"id\": \"100000000\"")
        var truncated = Self.large
        truncated.removeLast(3)
        // Four lines open the file, then a line per reply.
        for (bytes, place) in [(Array(text.utf8), ":5005:"), (truncated, ":5006:")] {
            let mapped = try ImportInput(contentsOfFile: try file(bytes))
            _ = mapped.check()
            let message = importError(mapped)
            #expect(message == importError(ImportInput(name: mapped.name, bytes: bytes)))
            #expect(message.hasPrefix(mapped.name + place))
        }
    }

    @Test("a file cut short while it is read ends the program with one line naming it, not a crash")
    func shrinkingFile() throws {
        if let path = ProcessInfo.processInfo.environment["TREAD_TEST_SHRINKING_FILE"] {
            // In the copy of this test binary started below: map, cut the file, read on.
            let input = try ImportInput(contentsOfFile: path)
            truncate(path, 0)
            _ = input.check()
            Issue.record("reading past the new end went on")
            return
        }
        let path = try file(Self.large)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.arguments = ["--testing-library", "swift-testing", "--filter", "shrinkingFile"]
        process.environment = ProcessInfo.processInfo.environment.merging(["TREAD_TEST_SHRINKING_FILE": path]) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 1)
        // The test runner reports on standard error too; the message is a line of its own.
        #expect(message.split(separator: "\n").last == "tread: \(path): the file shrank while it was being read")
    }

    @Test("a descriptor is read to its end, past the first chunk")
    func readsToEnd() throws {
        let path = try file(Self.large)
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        let input = try ImportInput(name: "<stdin>", readingToEnd: descriptor)
        #expect(input.withBytes { Array($0) } == Self.large)
    }

    @Test("a stream that does not end is refused at the limit, not read until memory runs out")
    func endlessStream() throws {
        let descriptor = open("/dev/zero", O_RDONLY)
        defer { close(descriptor) }
        #expect(throws: ImportError(file: "<stdin>", message: "gave more than 1 MiB without ending; save the thread to a file and open that")) {
            try ImportInput(name: "<stdin>", readingToEnd: descriptor, limit: 1 << 20)
        }
        let exact = try file(Self.large)
        let within = open(exact, O_RDONLY)
        defer { close(within) }
        #expect(try ImportInput(name: "<stdin>", readingToEnd: within, limit: Self.large.count).withBytes(\.count) == Self.large.count)
    }

    @Test("a missing file, a directory, a device and an empty file each say what they are")
    func unreadable() throws {
        let empty = try file([], named: "empty.json")
        #expect(throws: ImportError(file: "/nonexistent/t.json", message: "no such file")) {
            try ImportInput(contentsOfFile: "/nonexistent/t.json")
        }
        #expect(throws: ImportError(file: folder.path, message: "is a directory, not a text file")) {
            try ImportInput(contentsOfFile: folder.path)
        }
        #expect(throws: ImportError(file: "/dev/zero", message: "is a device, not a text file")) {
            try ImportInput(contentsOfFile: "/dev/zero")
        }
        #expect(importError(try ImportInput(contentsOfFile: empty)) == "\(empty): empty input; expected a thread")
    }

    @Test("the report is the same when checked a mebibyte at a time, sequences crossing the steps")
    func chunkedReport() {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: (1 << 20) - 1)
        bytes += Array("中".utf8) + [0xFF, 0x00] + Array("文".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "b"), count: (1 << 20) - 2) + [0xE4, 0xB8]
        var steps: [Int] = []
        let chunked = bytes.withUnsafeBufferPointer { UTF8Report(checking: $0) { steps.append($0) } }
        #expect(chunked == UTF8Report(checking: bytes))
        #expect(chunked.invalidSequenceCount == 2 && chunked.firstNULOffset == (1 << 20) + 3)
        #expect(steps == [(1 << 20) + 2, (2 << 20) + 2, bytes.count])
    }
}
