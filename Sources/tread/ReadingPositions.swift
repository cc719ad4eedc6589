import Foundation
import ThreadModel

/// Where the reader was in each thread, so reopening a thread returns to that reply.
///
/// Kept in `$XDG_STATE_HOME/tread/positions.json` (default `~/.local/state/tread/`), a JSON
/// object from thread identity to reply id, rewritten atomically.
struct ReadingPositions {
    /// The file the positions live in.
    static var file: URL {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state")
        return base.appendingPathComponent("tread/positions.json")
    }

    /// The reply last read in `thread`, if any.
    static func position(in thread: DiscussionThread) -> ReplyID? {
        (load()[thread.identity]).map(ReplyID.init)
    }

    /// Remembers `reply` (nil: the post) for `thread`.
    ///
    /// - Throws: ``CommandFailure`` naming the file when it cannot be written.
    static func remember(_ reply: ReplyID?, in thread: DiscussionThread) throws {
        var positions = load()
        positions[thread.identity] = reply?.rawValue
        let url = file
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let data = try JSONSerialization.data(withJSONObject: positions, options: [.sortedKeys])
            try AtomicFile.write([UInt8](data), to: url.path, replacing: true)
        } catch {
            throw CommandFailure(message: "\(url.path): cannot save the reading position (\(error))")
        }
    }

    /// The stored positions; a missing or unreadable file is no positions, not an error.
    private static func load() -> [String: String] {
        guard let data = FileManager.default.contents(atPath: file.path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: String]
        else { return [:] }
        return object
    }
}
