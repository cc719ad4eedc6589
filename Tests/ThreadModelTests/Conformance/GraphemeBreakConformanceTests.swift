import Testing
@testable import ThreadModel

/// tread's grapheme clusters against the Unicode 15.0 GraphemeBreakTest.txt.
@Suite("Grapheme break conformance")
struct GraphemeBreakConformanceTests {
    /// One test line: the scalars and the scalar offsets where clusters start.
    private struct Case {
        var line: Int
        var scalars: [UInt32]
        var boundaries: [Int]
    }

    private static func cases() throws -> [Case] {
        var cases: [Case] = []
        let text = try ExternalTool.unicodeData("auxiliary/GraphemeBreakTest.txt")
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let body = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let tokens = body.split(separator: " ")
            guard tokens.first == "÷" else { continue }
            var scalars: [UInt32] = []
            var boundaries: [Int] = []
            for token in tokens.dropFirst().dropLast() {
                if token == "÷" {
                    boundaries.append(scalars.count)
                } else if token != "×", let value = UInt32(token, radix: 16) {
                    scalars.append(value)
                }
            }
            cases.append(Case(line: number + 1, scalars: scalars, boundaries: boundaries))
        }
        return cases
    }

    /// Cluster starts (as scalar offsets, after the first) that tread finds in `scalars`.
    private static func boundaries(of scalars: [UInt32]) -> [Int] {
        var segmenter = GraphemeSegmenter()
        var found: [Int] = []
        for (offset, scalar) in scalars.enumerated()
        where segmenter.startsCluster(before: ScalarProperties(of: scalar)) && offset > 0 {
            found.append(offset)
        }
        return found
    }

    @Test("every case of GraphemeBreakTest.txt (15.0) passes")
    func everyCase() throws {
        let cases = try Self.cases()
        #expect(cases.count > 600)
        let failures = cases.filter { Self.boundaries(of: $0.scalars) != $0.boundaries }.map(\.line)
        #expect(failures.isEmpty, "lines \(failures)")
    }

    @Test("the cluster scanner agrees with the segmenter on every case")
    func scannerAgrees() throws {
        for testCase in try Self.cases() {
            let text = String(String.UnicodeScalarView(testCase.scalars.compactMap(Unicode.Scalar.init)))
            var clusterCount = 0
            var copy = text
            copy.withUTF8 { bytes in
                var scanner = ClusterScanner(bytes: bytes, ambiguousWidth: .narrow)
                while scanner.next() != nil { clusterCount += 1 }
            }
            #expect(clusterCount == testCase.boundaries.count + 1, "line \(testCase.line)")
        }
    }
}
