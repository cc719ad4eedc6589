import Foundation
import Testing
import ThreadModel

@Suite("Writing files atomically")
struct AtomicFileTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tread-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("writes a new file and leaves no temporary file behind")
    func writes() throws {
        let dir = try folder()
        let path = dir.appendingPathComponent("out.json").path
        try AtomicFile.write(Array("hello".utf8), to: path, replacing: false)
        #expect(FileManager.default.contents(atPath: path) == Data("hello".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.json"])
    }

    @Test("an existing file is kept unless replacing is asked for")
    func noClobber() throws {
        let path = try folder().appendingPathComponent("out.json").path
        try AtomicFile.write(Array("old".utf8), to: path, replacing: false)
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Array("new".utf8), to: path, replacing: false) }
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
        try AtomicFile.write(Array("new".utf8), to: path, replacing: true)
        #expect(FileManager.default.contents(atPath: path) == Data("new".utf8))
    }

    @Test("a missing folder is a clear error naming the path")
    func missingFolder() throws {
        let path = try folder().appendingPathComponent("no/such/out.json").path
        do {
            try AtomicFile.write([1], to: path, replacing: false)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix(path))
        }
    }

    @Test("on a full disk the write fails naming the path, the old file stays, and no temporary file is left", .needsScratchMount)
    func fullDisk() throws {
        let disk = try ScratchMount(kilobytes: 64)
        let path = disk.path + "/out.md"
        try AtomicFile.write(Array("old".utf8), to: path, replacing: false)
        disk.fill()
        let error = try #require(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write([UInt8](repeating: UInt8(ascii: "x"), count: 100_000), to: path, replacing: true)
        }
        #expect(error.description == "\(path): cannot write (No space left on device)")
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).sorted() == ["filler", "out.md"])
    }

    @Test("on a read-only disk, which binds root too, the write fails naming the folder and the old file stays", .needsScratchMount)
    func readOnlyDisk() throws {
        let disk = try ScratchMount(kilobytes: 64)
        let path = disk.path + "/out.md"
        try AtomicFile.write(Array("old".utf8), to: path, replacing: false)
        try disk.makeReadOnly()
        let error = try #require(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Array("new".utf8), to: path, replacing: true) }
        #expect(error.description == "\(path): cannot create a file in \(disk.path) (Read-only file system)")
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
    }
}
