import Reader
import Testing
import ThreadModel

@Suite("Frames of cells")
struct FrameTests {
    @Test("a wide character is never split at the edge or overwritten by half")
    func wide() {
        var frame = Frame(width: 5, height: 2)
        let end = frame.write(TextLayout().clusters(of: "a雪球"), row: 0, column: 0, role: .text)
        #expect(end == 5)
        #expect(frame[0, 1].text == "雪" && frame[0, 2].isContinuation)
        #expect(frame.lines[0] == "a雪球")
        frame.write(TextLayout().clusters(of: "x"), row: 0, column: 2, role: .text)
        #expect(frame[0, 1].text == " " && frame[0, 2].text == "x")
        frame.write(TextLayout().clusters(of: "ab雪"), row: 1, column: 2, role: .text)
        #expect(frame.lines[1] == "  ab")
    }

    @Test("emoji, flags, families and combining marks take the columns the model gives them")
    func clusters() {
        var frame = Frame(width: 20, height: 1)
        frame.write(TextLayout().clusters(of: "❤️👨‍👩‍👧🇨🇳e\u{301}·x"), row: 0, column: 0, role: .text)
        #expect(frame.lines[0] == "❤️👨‍👩‍👧🇨🇳e\u{301}·x")
        #expect(frame[0, 8].text == "x")
    }
}
