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
        let width = max(width, 2)
        var lines: [Range<Int>] = []
        var paragraphStart = 0
        while true {
            let paragraphEnd = Self.lineFeed(in: bytes, from: paragraphStart)
            let paragraph = paragraphStart..<paragraphEnd
            if let line = wholeLine(paragraph, in: bytes, width: width) {
                lines.append(line)
            } else {
                appendLines(of: paragraph, in: bytes, width: width, to: &lines)
            }
            guard paragraphEnd < bytes.count else { return lines }
            paragraphStart = paragraphEnd + 1
        }
    }

    /// The paragraph as one line, less its trailing spaces, when it fits in
    /// `width` columns: greedy wrapping never breaks such a paragraph, so its
    /// width (measured in blocks) is all there is to know. Nil when it may not fit.
    private func wholeLine(_ paragraph: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, width: Int) -> Range<Int>? {
        // Chinese takes 1.5 bytes a column, ASCII 1: a longer paragraph seldom
        // fits, and measuring it would be wasted.
        guard paragraph.count <= width &+ width / 2,
              self.width(ofUTF8: UnsafeBufferPointer(rebasing: bytes[paragraph])) <= width else { return nil }
        var end = paragraph.upperBound
        while end > paragraph.lowerBound, bytes[end &- 1] == 0x20 {
            end &-= 1
        }
        return paragraph.lowerBound..<end
    }

    /// The offset of the first line feed at or after `start`, or the end; eight bytes at a time.
    static func lineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index &+ 8 <= bytes.count {
                let word = (base + index).loadUnaligned(as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                index &+= 8
            }
        }
        while index < bytes.count, bytes[index] != 0x0A {
            index &+= 1
        }
        return index
    }

    private func appendLines(
        of paragraph: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, width: Int, to lines: inout [Range<Int>]
    ) {
        var wrapper = GreedyWrapper(start: paragraph.lowerBound, width: width)
        var scanner = ClusterScanner(bytes: UnsafeBufferPointer(rebasing: bytes[..<paragraph.upperBound]),
                                     ambiguousWidth: ambiguousWidth, startingAt: paragraph.lowerBound)
        var rules = LineBreakRules()
        let decisions = DecisionTable.shared
        while true {
            if Self.takeRun(from: &scanner, rules: &rules, wrapper: &wrapper, lines: &lines) { continue }
            guard let cluster = scanner.next() else { break }
            let breakable = rules.allowsBreak(before: cluster, using: decisions)
            wrapper.add(cluster, breakable: breakable, to: &lines)
        }
        wrapper.finish(to: &lines)
    }

    /// Places a whole run of ideographs after an ideograph, or of letters and
    /// digits after a letter or digit, in one step: the rules inside such a run
    /// are known (a break before every ideograph, none inside a word).
    @inline(__always)
    private static func takeRun(
        from scanner: inout ClusterScanner, rules: inout LineBreakRules,
        wrapper: inout GreedyWrapper, lines: inout [Range<Int>]
    ) -> Bool {
        switch rules.previousClass {
        case .ideographic:
            guard scanner.nextByteIsIdeographLead else { return false }
            let count = scanner.ideographRunLength()
            guard count > 0 else { return false }
            wrapper.addIdeographs(from: scanner.nextStart, count: count, to: &lines)
            scanner.skip(3 &* count)
            rules.recordRun(endingWith: .ideographic)
            return true
        case .alphabetic, .numeric:
            guard scanner.nextByteIsAlphanumeric else { return false }
            let count = scanner.wordRunLength(atMost: wrapper.room &+ 1)
            let start = scanner.nextStart
            guard count > 0, wrapper.addUnbreakable(endingAt: start &+ count, columns: count) else {
                return false
            }
            scanner.skip(count)
            let last = scanner.lastByte
            rules.recordRun(endingWith: last &- 0x30 < 10 ? .numeric : .alphabetic)
            return true
        default:
            return false
        }
    }
}
