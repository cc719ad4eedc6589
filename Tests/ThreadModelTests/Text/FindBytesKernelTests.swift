import CTextKernels
import Testing

/// The byte search under search and filter queries, against the first match found byte by byte.
@Suite("Byte search kernel")
struct FindBytesKernelTests {
    private static func naive(_ haystack: [UInt8], _ needle: [UInt8]) -> Int {
        guard needle.count <= haystack.count else { return -1 }
        return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle } ?? -1
    }

    private static func found(_ haystack: [UInt8], _ needle: [UInt8]) -> Int {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { wanted in
                // Empty buffers may have no address; a one-byte stand-in keeps the pointers valid.
                let stand = [UInt8](repeating: 0, count: 1)
                return stand.withUnsafeBufferPointer { fallback in
                    tread_find_bytes(hay.baseAddress ?? fallback.baseAddress!, hay.count,
                                     wanted.baseAddress ?? fallback.baseAddress!, wanted.count)
                }
            }
        }
    }

    @Test("the first match, or -1, for needles of 1 to 9 bytes at every offset of texts up to 80 bytes", arguments: [1, 2, 3])
    func matchesByteByByte(seed: UInt64) {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        // A small alphabet, so that near misses and repeats are common, as in folded Chinese.
        let alphabet: [UInt8] = [0xE6, 0x95, 0xB0, 0xE6, 0x8D, 0xAE, 0x61, 0x20]
        for _ in 0..<400 {
            let haystack = (0..<Int(next() % 80)).map { _ in alphabet[Int(next() % 8)] }
            let needle = (0..<(1 + Int(next() % 9))).map { _ in alphabet[Int(next() % 8)] }
            #expect(Self.found(haystack, needle) == Self.naive(haystack, needle), "\(haystack) \(needle)")
        }
        #expect(Self.found([1, 2, 3], []) == 0)
        #expect(Self.found([], [1]) == -1)
    }
}
