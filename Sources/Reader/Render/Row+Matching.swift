import CTextKernels
import ThreadModel

extension Row {
    /// The columns, counted from the row's start, of each place the row shows `target` (text
    /// already folded by ``TextFolding``, as UTF-8), matched in the folded text of the row.
    ///
    /// - Complexity: O(n) in the row's text; columns are worked out only for a row that matches.
    func columns(matching target: [UInt8]) -> [Range<Int>] {
        guard !target.isEmpty else { return [] }
        let text = FoldedRow(self, keepingOnly: nil)
        var found: [Range<Int>] = []
        var from = 0
        text.bytes.withUnsafeBufferPointer { haystack in
            target.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return }
                while from < haystack.count {
                    let hit = tread_find_bytes(base + from, haystack.count - from, needleBase, needle.count)
                    guard hit >= 0 else { return }
                    found.append(text.columns(of: (from + hit)..<(from + hit + needle.count)))
                    from += hit + needle.count
                }
            }
        }
        return found
    }

    /// The columns of each keyword of `matcher` in the row's plain text (not its author, time or
    /// emoticons), with the keyword's group; a keyword inside a longer one comes first, so that
    /// painting in order leaves the longer one on top.
    func keywordColumns(_ matcher: KeywordMatcher) -> [(columns: Range<Int>, group: Int)] {
        guard segments.contains(where: { $0.role == .text }) else { return [] }
        let text = FoldedRow(self, keepingOnly: .text)
        var found: [(range: Range<Int>, group: Int)] = []
        matcher.forEachMatch(inFolded: text.bytes) { keyword, range in
            found.append((range, matcher.keywords[keyword].group))
            return true
        }
        return found.sorted { $0.range.count < $1.range.count }.map { (text.columns(of: $0.range), $0.group) }
    }
}

/// A row's text folded for matching, with the way back from folded bytes to screen columns.
private struct FoldedRow {
    var bytes: [UInt8] = []
    /// Where each cluster's folded bytes end.
    private var byteEnds: [Int] = []
    /// The column each cluster starts at, and one past the last.
    private var columns: [Int] = []

    /// Folds `row`; clusters of segments in other roles than `role` stand as a NUL each, which
    /// no keyword holds and which is no letter to a word boundary.
    init(_ row: Row, keepingOnly role: StyleRole?) {
        var column = 0
        for segment in row.segments {
            let kept = role == nil || segment.role == role
            for cluster in segment.clusters {
                if kept { TextFolding.appendFolded(cluster.text, to: &bytes) } else { bytes.append(0) }
                byteEnds.append(bytes.count)
                columns.append(column)
                column += cluster.width
            }
        }
        columns.append(column)
    }

    /// The columns of the clusters that folded bytes `range` came from.
    func columns(of range: Range<Int>) -> Range<Int> {
        let first = byteEnds.lowerBound(of: range.lowerBound + 1)
        let last = byteEnds.lowerBound(of: range.upperBound)
        return columns[first]..<columns[last + 1]
    }
}
