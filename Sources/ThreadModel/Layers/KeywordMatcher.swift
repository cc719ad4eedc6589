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
    let transitions: [Int32]
    /// The keywords ending at each state (its own and its suffixes'), as ranges of `endings`.
    let endingStarts: [Int32]
    let endings: [Int32]

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
