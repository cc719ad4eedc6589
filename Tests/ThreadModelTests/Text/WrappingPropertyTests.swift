import Foundation
import Testing
@testable import ThreadModel

/// Properties every wrap must have, over generated mixed text.
@Suite("Wrapping properties")
struct WrappingPropertyTests {
    let layout = TextLayout()

    private static let forbiddenStarts: Set<Character> = Set("，。、：；！？）」』】》”,.;:!?)")
    private static let forbiddenEnds: Set<Character> = Set("（「『【《“(")

    private func ranges(_ text: String, width: Int) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { layout.lineRanges(inUTF8: $0, width: width) }
    }

    private func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    @Test("no line is wider than the width", arguments: [2, 3, 5, 8, 13, 21, 40, 80])
    func neverWider(width: Int) {
        var generator = MixedTextGenerator(seed: UInt64(width))
        for _ in 0..<300 {
            let text = generator.text(tokenCount: 40)
            for line in layout.wrap(text, toWidth: width) {
                #expect(layout.width(of: line) <= width, "\(line.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    @Test("no wrapped line is wider than wcwidth 0.7.0 measures it", arguments: [4, 11, 30])
    func neverWiderByReference(width: Int) throws {
        var generator = MixedTextGenerator(seed: 500 + UInt64(width))
        let lines = (0..<200).flatMap { _ in layout.wrap(generator.text(tokenCount: 40), toWidth: width) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tread-wrap-\(width).txt").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let widths = try ExternalTool.python("wcwidth_measure.py", [path]).split(separator: "\n").compactMap { Int($0) }
        #expect(widths.count == lines.count)
        #expect(widths.allSatisfy { (0...width).contains($0) })
    }

    @Test("the lines give back the text, less spaces and line feeds at breaks", arguments: [2, 7, 16, 33])
    func joinsBack(width: Int) {
        var generator = MixedTextGenerator(seed: 1000 + UInt64(width))
        for _ in 0..<300 {
            let text = generator.text(tokenCount: 40)
            let bytes = Array(text.utf8)
            var position = 0
            for range in ranges(text, width: width) {
                let gap = bytes[position..<range.lowerBound]
                #expect(gap.allSatisfy { $0 == 0x20 || $0 == 0x0A }, "\(text.debugDescription)")
                position = range.upperBound
            }
            #expect(bytes[position...].allSatisfy { $0 == 0x20 || $0 == 0x0A })
            let paragraphs = bytes.filter { $0 == 0x0A }.count + 1
            #expect(ranges(text, width: width).count >= paragraphs)
        }
    }

    @Test("no line starts with closing or ends with opening punctuation when a break fit",
          arguments: [14, 20, 31, 60])
    func chineseRules(width: Int) {
        // Prose has no unbreakable stretch wider than 12 columns, so an allowed
        // break always fits and no line ever needs an emergency break.
        var generator = MixedTextGenerator(seed: 2000 + UInt64(width))
        for _ in 0..<300 {
            let paragraph = generator.prose(runCount: 30)
            let lines = layout.wrap(paragraph, toWidth: width)
            for (previous, line) in zip(lines, lines.dropFirst()) {
                let context = "\(previous.debugDescription) then \(line.debugDescription) in \(paragraph.debugDescription)"
                #expect(line.first.map { !Self.forbiddenStarts.contains($0) } ?? true, "\(context)")
                #expect(previous.last.map { !Self.forbiddenEnds.contains($0) } ?? true, "\(context)")
            }
        }
    }

    @Test("wrapping agrees with Swift's own grapheme clusters: no cluster is split")
    func clustersWhole() {
        var generator = MixedTextGenerator(seed: 7)
        for _ in 0..<300 {
            let text = generator.text(tokenCount: 30)
            let lines = layout.wrap(text, toWidth: 3)
            let rejoined = lines.joined()
            let expected = text.filter { $0 != " " && $0 != "\n" }
            #expect(rejoined.filter { $0 != " " } == expected)
        }
    }
}
