extension Row {
    /// The columns, counted from the row's start, of each place the row shows `target` (text
    /// already folded by ``SearchText``, as UTF-8), matched in the folded text of the row.
    ///
    /// - Complexity: O(row length × target length) at worst; one pass over the row's bytes.
    func columns(matching target: [UInt8]) -> [Range<Int>] {
        guard !target.isEmpty else { return [] }
        var bytes: [UInt8] = []
        // The columns of the cluster each folded byte came from.
        var starts: [Int] = []
        var ends: [Int] = []
        var column = 0
        for segment in segments {
            for cluster in segment.clusters {
                let before = bytes.count
                SearchText.appendFolded(cluster.text, to: &bytes)
                starts += repeatElement(column, count: bytes.count - before)
                column += cluster.width
                ends += repeatElement(column, count: bytes.count - before)
            }
        }
        var found: [Range<Int>] = []
        var from = 0
        while let match = bytes[from...].firstRange(of: target) {
            found.append(starts[match.lowerBound]..<ends[match.upperBound - 1])
            from = match.upperBound
        }
        return found
    }
}
