/// Finds many keywords at once in one pass over folded text: an Aho–Corasick automaton over
/// UTF-8 bytes, with every transition precomputed, so each byte of text costs one table load
/// however many keywords there are.
///
/// Each keyword belongs to a group (a layer); a scan reports the groups found as a bit set.
/// Keywords are folded with ``TextFolding`` when the matcher is built and text must be folded
/// the same way before a scan. A keyword that starts or ends with an ASCII letter or digit
/// matches only where the text has no letter or digit beside it, so `AI` is found in `AI 芯片`
/// and `做AI的` but not in `said`.
///
/// ```swift
/// let matcher = KeywordMatcher(keywords: [("算力", 0), ("GPU", 0), ("大模型", 1)])
/// matcher.groups(inFolded: TextFolding.folded("ＧＰＵ不够"))  // 0b01
/// ```
public struct KeywordMatcher: Sendable {
    /// A keyword as matched: its folded bytes, its group, and which ends need a word boundary.
    public struct Keyword: Sendable, Hashable {
        /// The keyword as written.
        public var text: String
        /// The group it belongs to, 0..<64.
        public var group: Int
        let length: Int
        let needsBoundaryBefore: Bool
        let needsBoundaryAfter: Bool
    }

    /// The keywords, in the order given (empty ones left out).
    public let keywords: [Keyword]
    /// Regular expressions looked for beside the keywords, each with a search of its own.
    public let patterns: [KeywordPattern]
    /// `transitions[state << 8 | byte]`: the next state.
    private let transitions: [Int32]
    /// The keywords ending at each state (its own and its suffixes'), as ranges of `endings`.
    private let endingStarts: [Int32]
    private let endings: [Int32]

    /// A matcher for `keywords` and `patterns`, each with its group (0..<64; others are left out).
    ///
    /// - Complexity: O(total keyword length × 256) to build.
    public init(keywords: [(text: String, group: Int)], patterns: [KeywordPattern] = []) {
        self.patterns = patterns.filter { (0..<64).contains($0.group) }
        var prepared: [Keyword] = []
        var automaton = KeywordAutomaton()
        for (text, group) in keywords where (0..<64).contains(group) {
            let folded = TextFolding.folded(text)
            guard let first = folded.first, let last = folded.last else { continue }
            automaton.insert(folded, keyword: prepared.count)
            prepared.append(Keyword(
                text: text, group: group, length: folded.count,
                needsBoundaryBefore: Self.isWordByte(first), needsBoundaryAfter: Self.isWordByte(last)
            ))
        }
        self.keywords = prepared
        let built = automaton.build()
        transitions = built.transitions
        endingStarts = built.endingStarts
        endings = built.endings
    }

    /// The groups with a keyword in `text`, which must already be folded, as a bit set.
    public func groups(inFolded text: [UInt8]) -> UInt64 {
        var found: UInt64 = 0
        forEachMatch(inFolded: text) { keyword, _ in
            found |= 1 << UInt64(keywords[keyword].group)
            return true
        }
        return found
    }

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

    /// Calls `body` with each keyword found in folded `text` (an index into ``keywords``) and
    /// the byte range it covers, in the order they end; `body` returns false to stop.
    ///
    /// - Complexity: O(n) in the text, plus the matches.
    public func forEachMatch(inFolded text: [UInt8], _ body: (Int, Range<Int>) -> Bool) {
        guard !keywords.isEmpty else { return }
        text.withUnsafeBufferPointer { bytes in
            transitions.withUnsafeBufferPointer { table in
                var state = 0
                for offset in 0..<bytes.count {
                    let next = Int(table[state << 8 | Int(bytes[offset])])
                    // A state where keywords end is stored negated, so the common case is one test.
                    guard next < 0 else {
                        state = next
                        continue
                    }
                    state = ~next
                    let first = Int(endingStarts[state])
                    let last = Int(endingStarts[state + 1])
                    for slot in first..<last where !report(Int(endings[slot]), endingAt: offset + 1, in: bytes, to: body) { return }
                }
            }
        }
    }

    /// Passes a keyword ending at `end` to `body` unless a letter or digit touches it; false to stop.
    private func report(_ index: Int, endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>, to body: (Int, Range<Int>) -> Bool) -> Bool {
        let keyword = keywords[index]
        let start = end - keyword.length
        if keyword.needsBoundaryBefore, start > 0, Self.isWordByte(bytes[start - 1]) { return true }
        if keyword.needsBoundaryAfter, end < bytes.count, Self.isWordByte(bytes[end]) { return true }
        return body(index, start..<end)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }
}
