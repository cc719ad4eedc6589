import Testing
import ThreadModel

@Suite("Decoding bytes")
struct DecodedTextTests {
    @Test("decoding notes invalid sequences and NUL bytes")
    func decoding() {
        let decoded = DecodedText(decoding: [0x61, 0xC3, 0x28, 0x00] as [UInt8])
        #expect(decoded.text == "a\u{FFFD}(\0")
        #expect(decoded.invalidSequenceCount == 1)
        #expect(decoded.firstInvalidOffset == 1)
        #expect(decoded.firstNULOffset == 3)
        #expect(DecodedText(decoding: Array("雪球".utf8)).firstInvalidOffset == nil)
    }

    @Test("a genuine U+FFFD is not an error; a cut-off four-byte sequence is")
    func replacementCharacter() {
        #expect(DecodedText(decoding: Array("a\u{FFFD}b".utf8)).invalidSequenceCount == 0)
        let cut = DecodedText(decoding: [0xF0, 0x9F, 0x91, 0x61] as [UInt8])
        #expect(cut.invalidSequenceCount == 1)
        #expect(cut.text == "\u{FFFD}a")
    }
}
