import CTextKernels

/// Every reply's text folded for searching, in one buffer, so a keystroke in the search prompt
/// is one `memmem` scan of the thread rather than a fold and a search per reply.
///
/// Built on the first search; it depends only on the thread, so readers share it.
public final class SearchIndex {
    /// An empty index, filled on the first search.
    public init() {}

    /// The folded texts in reply order, each followed by a NUL, which no query holds.
    private var bytes: [UInt8] = []
    /// Where each reply's text ends in `bytes` (at its NUL).
    private var ends: [Int] = []

    /// Reply indices whose text holds `query` once both are folded, ascending.
    ///
    /// - Complexity: O(n) in the thread's text: the first call folds it, later ones scan it.
    public func replies(in thread: DiscussionThread, containing query: String) -> [Int] {
        let target = TextFolding.folded(query).filter { $0 != 0 }
        guard !target.isEmpty else { return [] }
        if ends.count != thread.replies.count { build(from: thread) }
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

    private func build(from thread: DiscussionThread) {
        bytes = []
        ends = []
        ends.reserveCapacity(thread.replies.count)
        for reply in thread.replies {
            TextFolding.appendFolded(reply.text, to: &bytes)
            ends.append(bytes.count)
            bytes.append(0)
        }
    }
}
