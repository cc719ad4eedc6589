import Testing
import ThreadModel

@Suite("Display width of arbitrary bytes")
struct ArbitraryBytesWidthTests {
    @Test("raw bytes measure as the string Swift decodes from them, U+FFFD for each bad sequence")
    func matchesSwiftDecoding() {
        let layout = TextLayout()
        let alphabet: [UInt8] = [0x61, 0x20, 0x31, 0xE4, 0xE9, 0xB8, 0x80, 0xBF, 0xF0, 0x9F, 0x91, 0x8D, 0xC3, 0xA9,
                                 0xCC, 0x81, 0xEF, 0xB8, 0x8F, 0xE3, 0x80, 0x82, 0x0A, 0xFF, 0xED, 0xA0,
                                 0xE2, 0x9C, 0xA6, 0xBC, 0x8C, 0xBD, 0x9F]
        var random = RandomBytes(alphabet: alphabet, seed: 12345)
        for _ in 0..<6000 {
            let bytes = random.next(shorterThan: 96)
            let raw = bytes.withUnsafeBufferPointer { layout.width(ofUTF8: $0) }
            let decoded = layout.width(of: String(decoding: bytes, as: UTF8.self))
            #expect(raw == decoded, "\(bytes.map { String($0, radix: 16) })")
        }
    }
}
