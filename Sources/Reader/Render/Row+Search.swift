import CTextKernels
import ThreadModel

extension Row {
    /// The columns, counted from the row's start, of each place the row shows `target` (text
    /// already folded by ``TextFolding``, as UTF-8), matched in the folded text of the row.
    ///
    /// - Complexity: O(n) in the row's text; columns are worked out only for a row that matches.
    func columns(matching target: [UInt8]) -> [Range<Int>] {
        guard !target.isEmpty else { return [] }
        var bytes: [UInt8] = []
        // Where each cluster's folded bytes end, and the column it starts at.
        var byteEnds: [Int] = []
        var columns: [Int] = []
        var column = 0
        for segment in segments {
            for cluster in segment.clusters {
                TextFolding.appendFolded(cluster.text, to: &bytes)
                byteEnds.append(bytes.count)
                columns.append(column)
                column += cluster.width
            }
        }
        columns.append(column)
        var found: [Range<Int>] = []
        var from = 0
        bytes.withUnsafeBufferPointer { haystack in
            target.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return }
                while from < haystack.count {
                    let hit = tread_find_bytes(base + from, haystack.count - from, needleBase, needle.count)
                    guard hit >= 0 else { return }
                    let first = byteEnds.lowerBound(of: from + hit + 1)
                    let last = byteEnds.lowerBound(of: from + hit + needle.count)
                    found.append(columns[first]..<columns[last + 1])
                    from += hit + needle.count
                }
            }
        }
        return found
    }
}
