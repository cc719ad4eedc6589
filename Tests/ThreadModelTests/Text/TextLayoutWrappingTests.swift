import Testing
import ThreadModel

@Suite("Wrapping by Chinese line-breaking rules")
struct TextLayoutWrappingTests {
    let layout = TextLayout()

    @Test("breaks between any two ideographs")
    func ideographs() {
        #expect(layout.wrap("算力算法数据能耗", toWidth: 6) == ["算力算", "法数据", "能耗"])
    }

    @Test("closing punctuation never starts a line", arguments: ["，", "。", "、", "：", "；", "！", "？", "）", "」", "』", "】", "》", "”", ",", ".", ";", ":", "!", "?", ")"])
    func noClosingAtStart(mark: String) {
        let lines = layout.wrap("英伟达算力\(mark)", toWidth: 10)
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix(mark) == false)
        #expect(lines.last == "力\(mark)")
    }

    @Test("opening punctuation never ends a line", arguments: ["（", "「", "『", "【", "《", "“", "‘", "("])
    func noOpeningAtEnd(mark: String) {
        let lines = layout.wrap("大模型应\(mark)用层", toWidth: 10)
        #expect(lines.allSatisfy { !$0.hasSuffix(mark) })
    }

    @Test("dashes and ellipses stay whole and off the start of a line")
    func dashesAndEllipses() {
        // —— and …… are ambiguous-width: one column per dash or dot here.
        #expect(layout.wrap("应用层——数据层", toWidth: 7) == ["应用层", "——数据", "层"])
        #expect(layout.wrap("应用层……数据", toWidth: 7) == ["应用", "层……数", "据"])
    }

    @Test("Latin words and numbers break only at spaces or allowed punctuation")
    func latin() {
        #expect(layout.wrap("用H100训练gpt4.0和1~4k上下文", toWidth: 10) == ["用H100训练", "gpt4.0和", "1~4k上下文"])
        #expect(layout.wrap("the quick brown fox", toWidth: 10) == ["the quick", "brown fox"])
    }

    @Test("a word longer than the line breaks between clusters")
    func longWord() {
        #expect(layout.wrap("abcdefghij", toWidth: 4) == ["abcd", "efgh", "ij"])
        #expect(layout.wrap("e\u{301}e\u{301}e\u{301}", toWidth: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test("a wide character never straddles the edge")
    func noStraddle() {
        #expect(layout.wrap("ab中文", toWidth: 3) == ["ab", "中", "文"])
        #expect(layout.wrap("a👨‍👩‍👧b", toWidth: 2) == ["a", "👨‍👩‍👧", "b"])
    }

    @Test("indentation never stands alone on an empty first line")
    func indentation() {
        #expect(layout.wrap("    中文中文", toWidth: 6) == ["    中", "文中文"])
        #expect(layout.wrap("    abcdefgh", toWidth: 6) == ["    ab", "cdefgh"])
    }

    @Test("paragraph breaks are kept and spaces at a break are dropped")
    func paragraphs() {
        #expect(layout.wrap("第一段\n\n第二 段落", toWidth: 6) == ["第一段", "", "第二", "段落"])
    }
}
