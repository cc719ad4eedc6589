import Foundation
import Testing
import ThreadModel

@Suite("Saved marks")
struct MarkStoreTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tread-marks-\(UUID().uuidString)").path
    private let thread = ThreadGenerator(replyCount: 50, seed: 2).thread()

    private func ids(_ replies: [Int]) -> Set<ReplyID> {
        Set(replies.map { thread.replies[$0].id })
    }

    @Test("marks saved by one store are loaded by another for the same thread, and only for it")
    func survive() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try MarkStore(thread: thread, folder: folder).update(marking: ids([1, 2, 3]))
        try MarkStore(thread: thread, folder: folder).update(unmarking: ids([2]))
        let reopened = try MarkStore(thread: thread, folder: folder).load()
        #expect(reopened.marks == ids([1, 3]) && reopened.notice == nil)
        let other = ThreadGenerator(replyCount: 50, seed: 3).thread()
        #expect(try MarkStore(thread: other, folder: folder).load().marks.isEmpty)
    }

    @Test("two stores marking the same thread at once keep each other's marks")
    func concurrent() async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let thread = thread
        let folder = folder
        await withTaskGroup(of: Void.self) { group in
            for reply in 0..<40 {
                group.addTask {
                    _ = try? MarkStore(thread: thread, folder: folder).update(marking: [thread.replies[reply].id])
                }
            }
        }
        #expect(try MarkStore(thread: thread, folder: folder).load().marks == ids(Array(0..<40)))
    }

    @Test("a damaged file is renamed aside and reported, not overwritten")
    func damaged() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = MarkStore(thread: thread, folder: folder)
        try store.update(marking: ids([4]))
        try Data("{\"format\": \"tread-marks/1\", \"marks\": [".utf8).write(to: URL(fileURLWithPath: store.path))
        let contents = try store.update(marking: ids([5]))
        #expect(contents.marks == ids([5]))
        let notice = try #require(contents.notice)
        #expect(notice.hasPrefix(store.path + ": damaged; kept as " + store.path + ".damaged-"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".damaged-") }
        #expect(aside.count == 1)
        let kept = try String(contentsOfFile: folder + "/" + aside[0], encoding: .utf8)
        #expect(kept == "{\"format\": \"tread-marks/1\", \"marks\": [")
    }

    @Test("a folder that cannot be written is an error naming it, and the saved marks stay")
    func unwritable() throws {
        defer {
            chmod(folder, 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        let store = MarkStore(thread: thread, folder: folder)
        try store.update(marking: ids([6]))
        chmod(folder, 0o555)
        // Root ignores permissions; the check means something only for other users.
        guard access(folder, W_OK) != 0 else { return }
        #expect(throws: MarkStoreError.self) { try store.update(marking: ids([7])) }
        #expect(try store.load().marks == ids([6]))
    }

    @Test("on a full disk marking is an error naming the file, and the saved marks stay", .needsScratchMount)
    func fullDisk() throws {
        let disk = try ScratchMount(kilobytes: 64)
        let store = MarkStore(thread: thread, folder: disk.path + "/marks")
        try store.update(marking: ids([1]))
        disk.fill()
        let error = try #require(throws: MarkStoreError.self) { try store.update(marking: ids(Array(0..<50))) }
        #expect(error.description.hasPrefix(disk.path + "/marks/") && error.description.contains("No space left on device"), "\(error)")
        #expect(try store.load().marks == ids([1]))
    }

    @Test("on a read-only disk, which binds root too, marking is an error and the saved marks still load", .needsScratchMount)
    func readOnlyDisk() throws {
        let disk = try ScratchMount(kilobytes: 64)
        let store = MarkStore(thread: thread, folder: disk.path + "/marks")
        try store.update(marking: ids([2]))
        try disk.makeReadOnly()
        let error = try #require(throws: MarkStoreError.self) { try store.update(marking: ids([3])) }
        #expect(error.description.contains("Read-only file system"), "\(error)")
        let loaded = try store.load()
        #expect(loaded.marks == ids([2]))
        #expect(loaded.notice == "\(error); marks are shown but cannot be changed")
    }
}
