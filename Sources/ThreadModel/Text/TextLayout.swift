/// Lays out text for a terminal: display width, wrapping, truncation and padding.
///
/// Every measure is in terminal columns, cluster by cluster: a Chinese
/// character or an emoji takes two, a combining mark none.
///
/// ```swift
/// let layout = TextLayout()
/// layout.width(of: "雪球 AI")             // 7
/// layout.wrap("算力、算法和数据", toWidth: 8)  // ["算力、算", "法和数据"]
/// ```
///
/// Text is expected to be sanitised (``TextSanitizer``) first: control
/// characters measure zero columns here because they are never shown raw.
public struct TextLayout: Sendable, Equatable {
    /// Columns of East Asian ambiguous characters.
    public var ambiguousWidth: AmbiguousWidth

    /// A layout with the given treatment of ambiguous-width characters.
    public init(ambiguousWidth: AmbiguousWidth = .narrow) {
        self.ambiguousWidth = ambiguousWidth
    }

    /// The number of terminal columns `text` takes on one line.
    ///
    /// - Complexity: O(n) in the UTF-8 length, with no allocation for native strings.
    public func width(of text: String) -> Int {
        withUTF8(of: text) { width(ofUTF8: $0) }
    }

    /// The number of terminal columns the UTF-8 `bytes` take; invalid bytes count as U+FFFD.
    ///
    /// Stretches of printable ASCII and ideographs are counted eight bytes at a
    /// time (``SimpleTextRun``); any other scalar of grapheme class Other
    /// (Chinese punctuation, most emoji) is measured straight from the tables,
    /// since such a scalar after another starts a cluster of its own; anything
    /// else (marks, selectors, joiners, controls, Hangul) goes through
    /// ``ClusterScanner`` from the start of the cluster it may extend.
    ///
    /// - Complexity: O(n), with no allocation.
    public func width(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let table = PropertyTable.shared
        // Columns by width class 0, 1, 2 and 3 (ambiguous), one byte each.
        let columnsByClass = 0x0002_0100 | UInt32(ambiguousWidth.rawValue) << 24
        let count = bytes.count
        var total = 0
        var index = 0
        // The last cluster the fast path measured, which a following mark or
        // selector may still extend; -1 when there is none.
        var fastClusterStart = -1
        var fastClusterWidth = 0
        // Where the last word-at-a-time attempt failed: no use trying again before it.
        var wordsFailedAt = -1
        while index < count {
            if index > wordsFailedAt {
                let run = SimpleTextRun.measure(bytes, from: index)
                if run.end > index {
                    total &+= run.columns
                    index = run.end
                    (fastClusterStart, fastClusterWidth) = Self.lastScalar(in: bytes, before: index)
                }
                wordsFailedAt = index &+ 8
                if index >= count { break }
            }
            let lead = bytes[index]
            if lead &- 0x20 < 0x5F {
                total &+= 1
                fastClusterStart = index
                fastClusterWidth = 1
                index &+= 1
                continue
            }
            if Self.isIdeographLead(lead), index &+ 2 < count,
               Self.areContinuations(bytes[index &+ 1], bytes[index &+ 2]) {
                total &+= 2
                fastClusterStart = index
                fastClusterWidth = 2
                index &+= 3
                continue
            }
            // An invalid sequence decodes as U+FFFD, as the scanner would decode it.
            let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
            let properties = table.properties(of: value)
            if properties.isClassOther {
                let columns = Int(columnsByClass &>> (UInt32(properties.widthClass) &<< 3) & 0xFF)
                fastClusterStart = index
                fastClusterWidth = columns
                total &+= columns
                index &+= length
                continue
            }
            let resume = fastClusterStart >= 0 ? fastClusterStart : index
            if fastClusterStart >= 0 { total &-= fastClusterWidth }
            var scanner = ClusterScanner(bytes: bytes, ambiguousWidth: ambiguousWidth, startingAt: resume)
            while let cluster = scanner.next() {
                total &+= cluster.width
                if cluster.end > index { break }
            }
            index = scanner.nextStart
            fastClusterStart = -1
        }
        return total
    }

    /// Where the printable ASCII character or ideograph that ends at `end` starts, and its width.
    @inline(__always)
    private static func lastScalar(in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> (Int, Int) {
        bytes[end &- 1] < 0x80 ? (end &- 1, 1) : (end &- 3, 2)
    }

    /// E4–E9 lead U+4000–U+9FFF: CJK ideographs and hexagrams, every one wide
    /// and grapheme class Other (a test checks the tables say so).
    @inline(__always)
    static func isIdeographLead(_ lead: UInt8) -> Bool {
        lead &- 0xE4 < 6
    }

    @inline(__always)
    static func areContinuations(_ second: UInt8, _ third: UInt8) -> Bool {
        (second & 0xC0 == 0x80) && (third & 0xC0 == 0x80)
    }

    /// Calls `body` with the UTF-8 bytes of `text`, copying only a bridged string.
    func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }
}
