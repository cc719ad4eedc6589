import Testing
@testable import ThreadModel

/// The wrapper's shortcuts for runs of ideographs and words against plain cluster-by-cluster wrapping.
@Suite("Wrapping shortcuts")
struct WrappingShortcutTests {
    /// Cluster-by-cluster wrapping with no shortcut, the definition the fast path must match.
    private static func referenceLineRanges(_ text: String, width: Int) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { bytes in
            var lines: [Range<Int>] = []
            var paragraphStart = 0
            while true {
                let paragraphEnd = bytes[paragraphStart...].firstIndex(of: 0x0A) ?? bytes.count
                var wrapper = GreedyWrapper(start: paragraphStart, width: width)
                var scanner = ClusterScanner(bytes: UnsafeBufferPointer(rebasing: bytes[..<paragraphEnd]),
                                             ambiguousWidth: .narrow, startingAt: paragraphStart)
                var rules = LineBreakRules()
                while let cluster = scanner.next() {
                    wrapper.add(cluster, breakable: rules.allowsBreak(before: cluster, using: .shared), to: &lines)
                }
                wrapper.finish(to: &lines)
                guard paragraphEnd < bytes.count else { return lines }
                paragraphStart = paragraphEnd + 1
            }
        }
    }

    @Test("the fast path breaks exactly where cluster-by-cluster wrapping does",
          arguments: [2, 3, 7, 12, 25, 33, 40, 47, 60, 80, 120])
    func sameBreaks(width: Int) {
        let layout = TextLayout()
        var generator = MixedTextGenerator(seed: 9000 + UInt64(width))
        for round in 0..<400 {
            let text = round % 2 == 0 ? generator.text(tokenCount: 50) : generator.prose(runCount: 40)
            var copy = text
            let fast = copy.withUTF8 { layout.lineRanges(inUTF8: $0, width: width) }
            #expect(fast == Self.referenceLineRanges(text, width: width), "\(text.debugDescription)")
        }
    }
}
