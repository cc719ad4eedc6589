extension TextLayout {
    /// Wraps `text` to lines of at most `width` columns, keeping its paragraph breaks.
    ///
    /// Greedy: each line takes as much as fits and breaks at the last place the
    /// line-breaking rules allow; spaces at a break are dropped. A word longer
    /// than a line breaks between clusters. A `width` under 2 is taken as 2, the
    /// widest a cluster can be.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func wrap(_ text: String, toWidth width: Int) -> [String] {
        withUTF8(of: text) { bytes in
            lineRanges(inUTF8: bytes, width: width).map { range in
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
        }
    }

    /// The byte ranges of the wrapped lines of `bytes`, which is split into
    /// paragraphs at line feeds.
    public func lineRanges(inUTF8 bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var paragraphStart = 0
        while true {
            let paragraphEnd = bytes[paragraphStart...].firstIndex(of: 0x0A) ?? bytes.count
            appendLines(of: paragraphStart..<paragraphEnd, in: bytes, width: max(width, 2), to: &lines)
            guard paragraphEnd < bytes.count else { return lines }
            paragraphStart = paragraphEnd + 1
        }
    }

    private func appendLines(
        of paragraph: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, width: Int, to lines: inout [Range<Int>]
    ) {
        var wrapper = GreedyWrapper(start: paragraph.lowerBound, width: width)
        var scanner = ClusterScanner(bytes: UnsafeBufferPointer(rebasing: bytes[..<paragraph.upperBound]),
                                     ambiguousWidth: ambiguousWidth, startingAt: paragraph.lowerBound)
        var rules = LineBreakRules()
        let decisions = DecisionTable.shared
        while let cluster = scanner.next() {
            let breakable = rules.allowsBreak(before: cluster, using: decisions)
            wrapper.add(cluster, breakable: breakable, to: &lines)
        }
        wrapper.finish(to: &lines)
    }
}
