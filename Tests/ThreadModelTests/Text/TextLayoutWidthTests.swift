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

    @Test("decoding notes invalid sequences and NUL bytes")
    func decoding() {
        let decoded = DecodedText(decoding: [0x61, 0xC3, 0x28, 0x00] as [UInt8])
        #expect(decoded.text == "a\u{FFFD}(\0")
        #expect(decoded.invalidSequenceCount == 1)
        #expect(decoded.firstInvalidOffset == 1)
        #expect(decoded.firstNULOffset == 3)
        #expect(DecodedText(decoding: Array("雪球".utf8)).firstInvalidOffset == nil)
    }
}

@Suite("Display width of arbitrary bytes")
struct ArbitraryBytesWidthTests {
    @Test("raw bytes measure as the string Swift decodes from them, U+FFFD for each bad sequence")
    func matchesSwiftDecoding() {
        let layout = TextLayout()
        let alphabet: [UInt8] = [0x61, 0x20, 0x31, 0xE4, 0xE9, 0xB8, 0x80, 0xBF, 0xF0, 0x9F, 0x91, 0x8D, 0xC3, 0xA9,
                                 0xCC, 0x81, 0xEF, 0xB8, 0x8F, 0xE3, 0x80, 0x82, 0x0A, 0xFF, 0xED, 0xA0,
                                 0xE2, 0x9C, 0xA6, 0xBC, 0x8C, 0xBD, 0x9F]
        var state: UInt64 = 12345
        for _ in 0..<6000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 96) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let raw = bytes.withUnsafeBufferPointer { layout.width(ofUTF8: $0) }
            let decoded = layout.width(of: String(decoding: bytes, as: UTF8.self))
            #expect(raw == decoded, "\(bytes.map { String($0, radix: 16) })")
        }
    }
}

@Suite("Decoding bytes")
struct DecodedTextTests {
    @Test("a genuine U+FFFD is not an error; a cut-off four-byte sequence is")
    func replacementCharacter() {
        #expect(DecodedText(decoding: Array("a\u{FFFD}b".utf8)).invalidSequenceCount == 0)
        let cut = DecodedText(decoding: [0xF0, 0x9F, 0x91, 0x61] as [UInt8])
        #expect(cut.invalidSequenceCount == 1)
        #expect(cut.text == "\u{FFFD}a")
    }
}
