import Foundation
import Testing
import ThreadModel

@Suite("Keyword matching")
struct KeywordMatcherTests {
    private let matcher = KeywordMatcher(keywords: [
        ("算力", 0), ("GPU", 0), ("英伟达", 0), ("H100", 0), ("大模型", 1), ("模型", 1), ("AI", 2), ("应用", 2),
    ])

    private func groups(_ text: String) -> UInt64 {
        matcher.groups(inFolded: TextFolding.folded(text))
    }

    @Test("groups found in one pass, through case, width and traditional forms", arguments: [
        ("算力不够", 0b001), ("ＧＰＵ和大模型", 0b011), ("英偉達的H100", 0b001), ("應用層", 0b100), ("什么都没有", 0b000),
    ] as [(String, UInt64)])
    func groupsFound(text: String, expected: UInt64) {
        #expect(groups(text) == expected)
    }

    @Test("ASCII keywords need a boundary where they meet letters or digits", arguments: [
        ("做AI的", true), ("AI芯片", true), ("(AI)", true), ("ai", true), ("he said", false), ("AIGC", false), ("OpenAI", false),
    ])
    func boundaries(text: String, found: Bool) {
        #expect((groups(text) & 0b100 != 0) == found)
    }

    @Test("overlapping keywords are all reported, each with its range")
    func overlapping() {
        var found: [(String, Range<Int>)] = []
        matcher.forEachMatch(inFolded: TextFolding.folded("大模型")) { index, range in
            found.append((matcher.keywords[index].text, range))
            return true
        }
        #expect(found.map(\.0) == ["大模型", "模型"])
        #expect(found.map(\.1) == [0..<9, 3..<9])
    }

    @Test("the automaton finds exactly what a search per keyword finds", arguments: [1, 2, 3])
    func matchesNaiveSearch(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let words = ["算力", "芯片", "gpu", "h100", "训练", "推理", "ai", "模型", "大模型", "数据", "能耗", "a", "ab", "bab"]
        let keywords = (0..<8).map { _ in (words[Int(random.next() % UInt64(words.count))], Int(random.next() % 5)) }
        let matcher = KeywordMatcher(keywords: keywords)
        let thread = ThreadGenerator(replyCount: 200, seed: seed).thread()
        for reply in thread.replies {
            let text = TextFolding.folded(reply.text + " bab abab ai")
            var fast: [[Int]] = []
            matcher.forEachMatch(inFolded: text) { index, range in
                fast.append([index, range.lowerBound, range.upperBound])
                return true
            }
            #expect(fast.sorted { $0.lexicographicallyPrecedes($1) } == naive(matcher, text).sorted { $0.lexicographicallyPrecedes($1) })
        }
    }

    @Test("folding while scanning finds the groups a scan of the folded text finds, emoticons aside", arguments: [4, 5])
    func foldingWhileScanning(seed: UInt64) {
        let matcher = LayerSet.standard.matcher
        var scratch: [UInt8] = []
        for reply in ThreadGenerator(replyCount: 300, seed: seed).thread().replies {
            let text = "ＧＰＵ " + reply.text + " 訓練[笑哭]gpu"
            let withoutEmoticon = text.replacingOccurrences(of: "[笑哭]", with: " ")
            #expect(matcher.groups(in: text, scratch: &scratch) == matcher.groups(inFolded: TextFolding.folded(withoutEmoticon)))
        }
        #expect(matcher.groups(in: "AI", scratch: &scratch) == matcher.groups(inFolded: TextFolding.folded("AI")))
        #expect(matcher.groups(in: "", scratch: &scratch) == 0)
    }

    @Test("matches are given as ranges of the text as written, through folding")
    func rangesInTheOriginal() {
        let text = "😀 英偉達的ＧＰＵ,大模型"
        let found = matcher.matches(in: text).map { match in
            (String(decoding: Array(text.utf8)[match.utf8Range], as: UTF8.self), match.group)
        }
        #expect(found.map(\.0) == ["英偉達", "ＧＰＵ", "大模型", "模型"])
        #expect(found.map(\.1) == [0, 0, 1, 1])
    }

    private func naive(_ matcher: KeywordMatcher, _ text: [UInt8]) -> [[Int]] {
        func isWord(_ byte: UInt8) -> Bool { byte < 0x80 && (Character(Unicode.Scalar(byte)).isLetter || Character(Unicode.Scalar(byte)).isNumber) }
        var found: [[Int]] = []
        for (index, keyword) in matcher.keywords.enumerated() {
            let target = TextFolding.folded(keyword.text)
            for start in 0...max(0, text.count - target.count) where start + target.count <= text.count {
                guard Array(text[start..<(start + target.count)]) == target else { continue }
                let end = start + target.count
                if isWord(target[0]), start > 0, isWord(text[start - 1]) { continue }
                if isWord(target[target.count - 1]), end < text.count, isWord(text[end]) { continue }
                found.append([index, start, end])
            }
        }
        return found
    }
}
