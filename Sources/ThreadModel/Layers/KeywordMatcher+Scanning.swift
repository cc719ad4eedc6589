/// Scans of text as written: folded byte by byte as the automaton reads it, for classifying
/// replies and for finding the keywords to colour on screen.
extension KeywordMatcher {
    /// The groups with a keyword in `text`, folded as it is read, with emoticon codes as spaces;
    /// `scratch` is reused between calls to hold the folded bytes.
    ///
    /// - Complexity: O(n) in the text, in one pass that folds and matches together.
    public func groups(in text: String, scratch: inout [UInt8]) -> UInt64 {
        guard !keywords.isEmpty || !patterns.isEmpty else { return 0 }
        var text = text
        return text.withUTF8 { source in
            // No scalar folds to more than three times its UTF-8 length (tested over all of them).
            let needed = source.count * 3 + 4
            if scratch.count < needed { scratch = [UInt8](repeating: 0, count: max(needed, scratch.count * 2)) }
            return scratch.withUnsafeMutableBufferPointer { folded in
                transitions.withUnsafeBufferPointer { table in
                    var scan = Scan(matcher: self, table: table, folded: folded)
                    TextFolding.fold(utf8: source, into: &scan, emoticonsAsSpace: true)
                    return groups(matchingPatternsIn: UnsafeBufferPointer(rebasing: folded[..<scan.count]), besides: scan.groupsFound())
                }
            }
        }
    }

    /// `found` with the groups of patterns that match folded `text`; groups already found are
    /// not searched again.
    private func groups(matchingPatternsIn text: UnsafeBufferPointer<UInt8>, besides found: UInt64) -> UInt64 {
        var groups = found
        var folded: String?
        for pattern in patterns where groups & 1 << UInt64(pattern.group) == 0 {
            let string = folded ?? String(decoding: text, as: UTF8.self)
            folded = string
            if pattern.isFound(in: string) { groups |= 1 << UInt64(pattern.group) }
        }
        return groups
    }

    /// Each keyword and pattern match in `text` (folded as it is read), as the range of
    /// `text`'s UTF-8 it covers, with its group; keywords in the order they end, then patterns.
    ///
    /// - Complexity: O(n) in the text, plus the matches.
    public func matches(in text: String) -> [(utf8Range: Range<Int>, group: Int)] {
        guard !keywords.isEmpty || !patterns.isEmpty else { return [] }
        var text = text
        return text.withUTF8 { source in
            var mapped = SourceMappedBytes(capacity: source.count)
            TextFolding.fold(utf8: source, into: &mapped)
            var found: [(utf8Range: Range<Int>, group: Int)] = []
            forEachMatch(inFolded: mapped.bytes) { keyword, range in
                found.append((mapped.sourceRange(of: range, sourceCount: source.count), keywords[keyword].group))
                return true
            }
            guard !patterns.isEmpty else { return found }
            let folded = String(decoding: mapped.bytes, as: UTF8.self)
            for pattern in patterns {
                for range in pattern.utf8Ranges(in: folded) where !range.isEmpty {
                    found.append((mapped.sourceRange(of: range, sourceCount: source.count), pattern.group))
                }
            }
            return found
        }
    }

    /// Folded bytes, each with the offset in the source of the scalar it came from.
    private struct SourceMappedBytes: FoldedByteSink {
        var bytes: [UInt8] = []
        var origins: [Int32] = []
        var origin: Int32 = 0

        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
            origins.reserveCapacity(capacity)
        }

        mutating func beginScalar(at offset: Int) { origin = Int32(truncatingIfNeeded: offset) }

        mutating func append(_ byte: UInt8) {
            bytes.append(byte)
            origins.append(origin)
        }

        /// The source bytes that folded bytes `range` came from: whole scalars.
        func sourceRange(of range: Range<Int>, sourceCount: Int) -> Range<Int> {
            let start = Int(origins[range.lowerBound])
            let lastOrigin = origins[range.upperBound - 1]
            let end = origins[range.upperBound...].first { $0 > lastOrigin }.map(Int.init) ?? sourceCount
            return start..<end
        }
    }

    /// A scan fed folded bytes one at a time, which keeps them to check word boundaries.
    private struct Scan: FoldedByteSink {
        let matcher: KeywordMatcher
        let table: UnsafeBufferPointer<Int32>
        let folded: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        var state = 0
        var found: UInt64 = 0
        /// Keywords found that need a boundary after them, which only the next byte can confirm.
        var waiting: [(keyword: Int, end: Int)] = []

        init(matcher: KeywordMatcher, table: UnsafeBufferPointer<Int32>, folded: UnsafeMutableBufferPointer<UInt8>) {
            self.matcher = matcher
            self.table = table
            self.folded = folded
        }

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            guard count < folded.count else { return }
            folded[count] = byte
            count += 1
            let next = Int(table[state << 8 | Int(byte)])
            guard next < 0 else {
                state = next
                return
            }
            state = ~next
            reachedEndings()
        }

        private mutating func reachedEndings() {
            let first = Int(matcher.endingStarts[state])
            let last = Int(matcher.endingStarts[state + 1])
            for slot in first..<last {
                let index = Int(matcher.endings[slot])
                let keyword = matcher.keywords[index]
                let bit: UInt64 = 1 << UInt64(keyword.group)
                guard found & bit == 0 else { continue }
                let start = count - keyword.length
                if keyword.needsBoundaryBefore, start > 0, KeywordMatcher.isWordByte(folded[start - 1]) { continue }
                if keyword.needsBoundaryAfter { waiting.append((index, count)) } else { found |= bit }
            }
        }

        func groupsFound() -> UInt64 {
            var groups = found
            for (index, end) in waiting where end == count || !KeywordMatcher.isWordByte(folded[end]) {
                groups |= 1 << UInt64(matcher.keywords[index].group)
            }
            return groups
        }
    }
}
