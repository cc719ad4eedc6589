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

    @Test("three-byte sequences: surrogates, overlong forms and cut-off ones are invalid", arguments: [
        // Each byte of a surrogate or overlong form is its own invalid sequence, as Swift counts them.
        ([0xED, 0xA0, 0x80] as [UInt8], 3), ([0xE0, 0x80, 0xAF], 3), ([0xE4, 0xB8], 1), ([0xE4, 0xB8, 0x41], 1),
        ([0xE4, 0xB8, 0xAD, 0xEF, 0xBF, 0xBD], 0), ([0xEE, 0x80, 0x80], 0),
    ])
    func threeByteSequences(bytes: [UInt8], invalid: Int) {
        #expect(UTF8Report(checking: bytes).invalidSequenceCount == invalid)
        #expect(UTF8Report(checking: bytes).invalidSequenceCount == DecodedText(decoding: bytes).text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
            - (bytes.count == 6 ? 1 : 0))
    }
}
