import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The replies a reader marked in one thread, kept on disk so that they outlive the reader.
///
/// One file per thread, named from the thread's ``DiscussionThread/identity`` so that the same
/// thread opened from another path finds its marks. Every change is a read–modify–write of the
/// file under an advisory lock (`flock`), written atomically: two readers marking the same
/// thread each add their own changes to what the other saved. A file that cannot be read is
/// renamed aside and reported, never dropped or overwritten.
///
/// ```swift
/// let store = MarkStore(thread: thread)
/// let marks = try store.update(marking: [ReplyID("42")]).marks
/// ```
public struct MarkStore: Sendable {
    /// What the store holds after a load or an update.
    public struct Contents: Sendable, Equatable {
        /// The marked replies.
        public var marks: Set<ReplyID>
        /// Set when a damaged file was renamed aside: one line saying where it went.
        public var notice: String?
    }

    /// The thread's identity, written into the file.
    public let identity: String
    /// The marks file.
    public let path: String

    /// The store for `thread` in `folder` (by default `$XDG_STATE_HOME/tread/marks`).
    public init(thread: DiscussionThread, folder: String = MarkStore.defaultFolder()) {
        identity = thread.identity
        var hash = ContentHash()
        hash.add(identity)
        path = folder + "/" + hash.hexDigest + ".json"
    }

    /// `$XDG_STATE_HOME/tread/marks`, or `~/.local/state/tread/marks`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return base + "/tread/marks"
    }

    /// The marks saved so far; none when there is no file yet.
    ///
    /// In a folder that cannot be written (a read-only disk), the marks are read without the
    /// lock, since writers replace the file whole, and the notice says they cannot be changed.
    /// - Throws: ``MarkStoreError`` when the folder or file cannot be used.
    public func load() throws(MarkStoreError) -> Contents {
        do {
            return try update(marking: [], unmarking: [])
        } catch {
            guard let data = FileManager.default.contents(atPath: path), let marks = Self.marks(in: data, identity: identity) else {
                throw error
            }
            return Contents(marks: marks, notice: "\(error); marks are shown but cannot be changed")
        }
    }

    /// Adds `marking` and removes `unmarking` from the saved marks, keeping every other change
    /// saved meanwhile, and returns the marks as they now stand.
    ///
    /// - Throws: ``MarkStoreError`` naming the file; the saved marks are then as they were.
    @discardableResult
    public func update(marking: Set<ReplyID> = [], unmarking: Set<ReplyID> = []) throws(MarkStoreError) -> Contents {
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw MarkStoreError(path: folder, problem: "cannot create the folder for marks")
        }
        let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw MarkStoreError(path: path + ".lock", problem: Self.reason()) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw MarkStoreError(path: path + ".lock", problem: Self.reason()) }
        }
        defer { flock(lock, LOCK_UN) }
        var contents = try read()
        let changed = contents.marks.union(marking).subtracting(unmarking)
        guard changed != contents.marks else { return contents }
        contents.marks = changed
        try write(changed)
        return contents
    }

    /// The marks in the file; a file that does not read as marks of this thread is renamed aside.
    private func read() throws(MarkStoreError) -> Contents {
        guard let data = FileManager.default.contents(atPath: path) else {
            if access(path, F_OK) == 0 { throw MarkStoreError(path: path, problem: "cannot be read") }
            return Contents(marks: [])
        }
        if let marks = Self.marks(in: data, identity: identity) { return Contents(marks: marks) }
        let aside = path + ".damaged-" + String(Int(Date().timeIntervalSince1970))
        guard rename(path, aside) == 0 else { throw MarkStoreError(path: path, problem: "is damaged and cannot be moved aside") }
        return Contents(marks: [], notice: "\(path): damaged; kept as \(aside), marks start afresh")
    }

    private static func marks(in data: Data, identity: String) -> Set<ReplyID>? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["format"] as? String == "tread-marks/1",
              object["thread"] as? String == identity,
              let ids = object["marks"] as? [String]
        else { return nil }
        return Set(ids.map(ReplyID.init))
    }

    private func write(_ marks: Set<ReplyID>) throws(MarkStoreError) {
        let object: [String: Any] = ["format": "tread-marks/1", "thread": identity, "marks": marks.map(\.rawValue).sorted()]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            throw MarkStoreError(path: path, problem: "cannot encode the marks")
        }
        do {
            try AtomicFile.write([UInt8](data), to: path, replacing: true)
        } catch {
            let problem = error.description.hasPrefix(path + ": ") ? String(error.description.dropFirst(path.count + 2)) : error.description
            throw MarkStoreError(path: path, problem: problem)
        }
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}

/// Marks that could not be loaded or saved: which file, and why.
public struct MarkStoreError: Error, CustomStringConvertible, Equatable {
    /// The file or folder.
    public var path: String
    /// What went wrong.
    public var problem: String

    /// `PATH: problem`.
    public var description: String { "\(path): \(problem)" }
}
