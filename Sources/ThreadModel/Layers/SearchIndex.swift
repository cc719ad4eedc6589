import CTextKernels
import Foundation

/// Every reply's text folded for searching, in one buffer, so a keystroke in the search prompt
/// is one `memmem` scan of the thread rather than a fold and a search per reply.
///
/// Built on the first search, or ahead of it in the background with ``prepare(for:)``; it
/// depends only on the thread, so readers share it.
public final class SearchIndex: @unchecked Sendable {
    /// An empty index, filled on the first search.
    public init() {}

    // Everything below is read and written only with `condition` locked.
    private let condition = NSCondition()
    /// The folded texts in reply order, each followed by a NUL, which no query holds.
    private var bytes: [UInt8] = []
    /// Where each reply's text ends in `bytes` (at its NUL).
    private var ends: [Int] = []
    /// Whether a build started by ``prepare(for:)`` is under way.
    private var isBuilding = false
    /// Answers to recent queries, by folded query: typing a filter asks about the same words
    /// again at every key.
    private var recent: [[UInt8]: [Int]] = [:]

    /// Starts building the index for `thread` on another thread, so that the first search or
    /// filter of a large thread does not wait for it; a search meanwhile waits for the build.
    public func prepare(for thread: DiscussionThread) {
        condition.lock()
        defer { condition.unlock() }
        guard !isBuilding, ends.count != thread.replies.count else { return }
        isBuilding = true
        Thread.detachNewThread { [self] in
            let built = Self.build(from: thread)
            condition.lock()
            (bytes, ends) = built
            isBuilding = false
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Reply indices whose text holds `query` once both are folded, ascending.
    ///
    /// - Complexity: O(n) in the thread's text: the first call folds it, later ones scan it.
    public func replies(in thread: DiscussionThread, containing query: String) -> [Int] {
        let target = TextFolding.folded(query).filter { $0 != 0 }
        guard !target.isEmpty else { return [] }
        condition.lock()
        defer { condition.unlock() }
        while isBuilding { condition.wait() }
        if ends.count != thread.replies.count {
            (bytes, ends) = Self.build(from: thread)
            recent = [:]
        }
        if let known = recent[target] { return known }
        // A query that holds an earlier one (数 then 数据) can only be in the replies that held it.
        let earlier = recent.filter { $0.key.count < target.count && target.firstRange(of: $0.key) != nil }
            .max { $0.key.count < $1.key.count }
        let found = earlier.map { search(for: target, among: $0.value) } ?? searchAll(for: target)
        if recent.count >= 32 { recent = [:] }
        recent[target] = found
        return found
    }

    /// The replies holding `target`, in one scan of the whole index.
    private func searchAll(for target: [UInt8]) -> [Int] {
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { haystack in
            target.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return }
                var from = 0
                var reply = 0
                while from < haystack.count {
                    let hit = tread_find_bytes(base + from, haystack.count - from, needleBase, needle.count)
                    guard hit >= 0 else { break }
                    while ends[reply] < from + hit { reply += 1 }
                    found.append(reply)
                    from = ends[reply] + 1
                }
            }
        }
        return found
    }

    /// Which of `candidates` (ascending) hold `target`, each searched on its own.
    private func search(for target: [UInt8], among candidates: [Int]) -> [Int] {
        bytes.withUnsafeBufferPointer { haystack in
            target.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return [] }
                return candidates.filter { reply in
                    let start = reply == 0 ? 0 : ends[reply - 1] + 1
                    return tread_find_bytes(base + start, ends[reply] - start, needleBase, needle.count) >= 0
                }
            }
        }
    }

    private static func build(from thread: DiscussionThread) -> (bytes: [UInt8], ends: [Int]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(thread.replies.count)
        for reply in thread.replies {
            TextFolding.appendFolded(reply.text, to: &bytes)
            ends.append(bytes.count)
            bytes.append(0)
        }
        return (bytes, ends)
    }
}
