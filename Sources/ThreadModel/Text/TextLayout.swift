import CTextKernels

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
    /// Stretches of printable ASCII and ideographs are counted sixteen bytes at
    /// a time (`tread_simple_text_columns`, SSE2); any other scalar of grapheme class Other
    /// (Chinese punctuation, most emoji) is measured straight from the tables,
    /// since such a scalar after another starts a cluster of its own; anything
    /// else (marks, selectors, joiners, controls, Hangul) goes through
    /// ``ClusterScanner`` from the start of the cluster it may extend.
    ///
    /// - Complexity: O(n), with no allocation.
    public func width(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let table = PropertyTable.shared
        let count = bytes.count
        var total = 0
        var index = 0
        // Where the scanner last stopped: a scalar after it was measured on a fast path.
        var scannedTo = 0
        while index < count {
            if index &+ 18 <= count, let base = bytes.baseAddress {
                var end = 0
                total &+= tread_simple_text_columns(base, count, index, ambiguousWidth.rawValue, &end)
                index = end
                if index >= count { break }
            }
            let lead = bytes[index]
            if lead &- 0x20 < 0x5F {
                total &+= 1
                index &+= 1
                continue
            }
            if Self.isIdeographLead(lead), index &+ 2 < count,
               Self.areContinuations(bytes[index &+ 1], bytes[index &+ 2]) {
                total &+= 2
                index &+= 3
                continue
            }
            // An invalid sequence decodes as U+FFFD, as the scanner would decode it.
            let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
            let properties = table.properties(of: value)
            if properties.isClassOther {
                total &+= properties.columns(ambiguousWidth: ambiguousWidth.rawValue)
                index &+= length
                continue
            }
            // A mark, selector or joiner may extend the scalar before it: take
            // that one back and scan whole clusters from it.
            var resume = index
            if index > scannedTo {
                resume = Self.scalarStart(in: bytes, before: index)
                let previous = table.properties(of: UTF8Decoding.scalar(in: bytes, at: resume).value)
                total &-= previous.columns(ambiguousWidth: ambiguousWidth.rawValue)
            }
            var scanner = ClusterScanner(bytes: bytes, ambiguousWidth: ambiguousWidth, startingAt: resume)
            while let cluster = scanner.next() {
                total &+= cluster.width
                if cluster.end > index { break }
            }
            index = scanner.nextStart
            scannedTo = index
        }
        return total
    }

    /// Where the scalar that ends at `end` starts, as the decoder reads it:
    /// back over continuation bytes to a lead whose scalar ends at `end`.
    private static func scalarStart(in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
        var start = end &- 1
        while start > 0, end &- start < 4, bytes[start] & 0xC0 == 0x80 {
            start &-= 1
        }
        let decodedEnd = start &+ UTF8Decoding.scalar(in: bytes, at: start).length
        return decodedEnd == end ? start : end &- 1
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
