import Foundation
import Testing
@testable import ThreadModel

/// tread's widths against Python's wcwidth 0.7.0, the reference the project pins.
@Suite("Width conformance with wcwidth 0.7.0")
struct WidthConformanceTests {
    private struct Reference {
        var version = ""
        var ranges: [(first: UInt32, last: UInt32, narrow: Int, wide: Int)] = []
        var sequences: [(scalars: [UInt32], width: Int)] = []
    }

    private static func loadReference() throws -> Reference {
        var reference = Reference()
        for line in try ExternalTool.python("wcwidth_reference.py").split(separator: "\n") {
            let fields = line.split(separator: " ")
            switch fields.first {
            case "version":
                reference.version = String(fields[1])
            case "range":
                reference.ranges.append((UInt32(fields[1], radix: 16) ?? 0, UInt32(fields[2], radix: 16) ?? 0,
                                         Int(fields[3]) ?? 0, Int(fields[4]) ?? 0))
            case "sequence":
                let scalars = fields[1].split(separator: ",").compactMap { UInt32($0, radix: 16) }
                reference.sequences.append((scalars, Int(fields[2]) ?? 0))
            default:
                continue
            }
        }
        return reference
    }

    private static func string(_ scalars: [UInt32]) -> String {
        String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }

    @Test("every assigned code point measures as wcwidth says, but for the written differences",
          arguments: AmbiguousWidth.allCases)
    func everyAssignedCodePoint(ambiguous: AmbiguousWidth) throws {
        let reference = try Self.loadReference()
        #expect(reference.version == "0.7.0")
        let layout = TextLayout(ambiguousWidth: ambiguous)
        var mismatches: [UInt32] = []
        var checked = 0
        for range in reference.ranges {
            for value in range.first...range.last {
                guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else {
                    continue
                }
                checked += 1
                let ours = layout.width(of: String(scalar))
                let wcwidth = ambiguous == .narrow ? range.narrow : range.wide
                let expected = WidthDifferences.expectedWidth(of: value, wcwidth: wcwidth)
                if ours != expected { mismatches.append(value) }
            }
        }
        #expect(checked > 290_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) differ: \(WidthDifferences.describe(mismatches))")
    }

    @Test("every emoji-test.txt sequence measures as wcwidth says")
    func everyEmojiTestSequence() throws {
        let reference = try Self.loadReference()
        let layout = TextLayout()
        var mismatches: [String] = []
        for sequence in reference.sequences {
            let ours = layout.width(of: Self.string(sequence.scalars))
            if ours != sequence.width {
                let hex = sequence.scalars.map { String($0, radix: 16, uppercase: true) }.joined(separator: " ")
                mismatches.append("\(hex): ours \(ours), wcwidth \(sequence.width)")
            }
        }
        #expect(reference.sequences.count > 4_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) differ: \(mismatches.prefix(40))")
    }

    @Test("long mixed lines measure exactly as wcwidth measures them",
          arguments: [(UInt64(0), AmbiguousWidth.narrow), (1, .narrow), (2, .wide)])
    func longMixedLines(seed: UInt64, ambiguous: AmbiguousWidth) throws {
        var generator = MixedTextGenerator(seed: 77 + seed)
        let lines = (0..<400).map { index in
            (index % 2 == 0 ? generator.text(tokenCount: 10 + index % 90) : generator.prose(runCount: 5 + index % 40))
                .replacingOccurrences(of: "\n", with: " ")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tread-width-\(seed).txt").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try ExternalTool.python("wcwidth_measure.py", [path, "\(ambiguous.rawValue)"])
        let expected = output.split(separator: "\n").compactMap { Int($0) }
        let layout = TextLayout(ambiguousWidth: ambiguous)
        #expect(expected.count == lines.count)
        for (line, width) in zip(lines, expected) {
            #expect(layout.width(of: line) == width, "\(line.debugDescription)")
        }
    }
}
