import Testing
import ThreadModel

@Suite("Truncating and padding")
struct TextLayoutTruncationTests {
    let layout = TextLayout()

    @Test("text that fits is untouched")
    func fits() {
        #expect(layout.truncate("雪球", toWidth: 4) == "雪球")
    }

    @Test("a cut ends with an ellipsis and never splits a wide character")
    func cut() {
        #expect(layout.truncate("雪球讨论区", toWidth: 6) == "雪球…")
        #expect(layout.truncate("雪球讨论区", toWidth: 7) == "雪球讨…")
        #expect(layout.truncate("👨‍👩‍👧👨‍👩‍👧", toWidth: 3) == "👨‍👩‍👧…")
        #expect(layout.truncate("abc", toWidth: 0) == "")
    }

    @Test("the ellipsis is measured like any text")
    func wideEllipsis() {
        let wide = TextLayout(ambiguousWidth: .wide)
        #expect(wide.truncate("雪球讨论区", toWidth: 6) == "雪球…")
        #expect(wide.width(of: wide.truncate("雪球讨论区", toWidth: 7)) <= 7)
    }

    @Test("fit gives exactly the width asked for", arguments: 0...12)
    func fit(width: Int) {
        #expect(layout.width(of: layout.fit("雪球AI讨论区", toWidth: width)) == width)
    }

    @Test("padding adds spaces by display width")
    func pad() {
        #expect(layout.pad("中a", toWidth: 5) == "中a  ")
        #expect(layout.pad("中文", toWidth: 3) == "中文")
    }
}
