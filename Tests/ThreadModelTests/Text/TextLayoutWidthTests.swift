import Testing
import ThreadModel

@Suite("Display width")
struct TextLayoutWidthTests {
    let layout = TextLayout()

    @Test("counts columns cluster by cluster", arguments: [
        ("", 0), ("tread", 5), ("雪球", 4), ("雪球 AI", 7), ("ＧＰＵ", 6),
        ("e\u{301}", 1), ("👍", 2), ("👨‍👩‍👧", 2), ("🇨🇳", 2), ("👋🏽", 2),
        ("☺", 1), ("☺\u{FE0F}", 2), ("#\u{FE0F}\u{20E3}", 2), ("한", 2), ("\u{1100}\u{1161}\u{11A8}", 2),
        ("\u{200B}", 0), ("算力\u{0301}", 4), ("·", 1),
    ])
    func width(text: String, columns: Int) {
        #expect(layout.width(of: text) == columns)
    }

    @Test("ambiguous characters take two columns when asked")
    func ambiguousWide() {
        let wide = TextLayout(ambiguousWidth: .wide)
        #expect(layout.width(of: "·─○") == 3)
        #expect(wide.width(of: "·─○") == 6)
        #expect(wide.width(of: "中文") == 4)
    }

    @Test("invalid UTF-8 counts as U+FFFD, one column per bad sequence")
    func invalidBytes() {
        let bytes: [UInt8] = [0x61, 0xFF, 0xE4, 0xB8, 0x62]
        let columns = bytes.withUnsafeBufferPointer { layout.width(ofUTF8: $0) }
        #expect(columns == 4)
    }
}
