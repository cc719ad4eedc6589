import Testing
import ThreadModel

@Suite("Sanitising untrusted text")
struct TextSanitizerTests {
    let sanitizer = TextSanitizer()

    @Test("clean text comes back unchanged", arguments: ["", "雪球 AI", "第一行\n第二行", "👨‍👩‍👧 e\u{301}"])
    func clean(text: String) {
        #expect(sanitizer.sanitize(text) == text)
    }

    @Test("escape sequences become visible text", arguments: [
        ("\u{1B}[31mred\u{1B}[0m", "␛[31mred␛[0m"),
        ("\u{1B}]52;c;aGk=\u{07}", "␛]52;c;aGk=␇"),
        ("\u{1B}]8;;http://x\u{1B}\\link", "␛]8;;http://x␛\\link"),
        ("a\u{8}b\u{0}c\u{7F}", "a␈b␀c␡"),
        ("\u{9B}2J", "\u{FFFD}2J"),
    ])
    func escapes(text: String, shown: String) {
        #expect(sanitizer.sanitize(text) == shown)
    }

    @Test("line ends of every kind become one line feed")
    func lineEnds() {
        #expect(sanitizer.sanitize("a\r\nb\rc\u{85}d\u{2028}e\u{0B}f") == "a\nb\nc\nd\ne\nf")
    }

    @Test("tabs expand to the next stop by display width")
    func tabs() {
        #expect(sanitizer.sanitize("a\tb") == "a       b")
        #expect(sanitizer.sanitize("中文\tb\tc") == "中文    b       c")
        #expect(sanitizer.sanitize("x\n\ty") == "x\n        y")
    }

    @Test("bidirectional overrides and isolates are dropped")
    func bidi() {
        #expect(sanitizer.sanitize("abc\u{202E}fed\u{202C} \u{2066}x\u{2069}") == "abcfed x")
    }

    @Test("no control character survives any input")
    func nothingSurvives() {
        var input = String.UnicodeScalarView()
        for value in UInt32(0)..<0xA0 { input.append(Unicode.Scalar(value) ?? " ") }
        for value in UInt32(0x202A)...0x202E { input.append(Unicode.Scalar(value) ?? " ") }
        let output = sanitizer.sanitize(String(input))
        let survivors = output.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value) || (0x202A...0x202E).contains($0.value)
        }
        #expect(survivors.isEmpty)
    }
}
