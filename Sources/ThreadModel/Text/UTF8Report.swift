/// What is wrong, if anything, with bytes meant as UTF-8 text: invalid sequences and NUL bytes.
///
/// Checking apart from decoding lets an importer that reads bytes directly skip building one
/// large `String` of the whole input.
public struct UTF8Report: Sendable, Equatable {
    /// How many invalid sequences there are (each reads as one U+FFFD).
    public var invalidSequenceCount = 0
    /// The byte offset of the first invalid sequence, if any.
    public var firstInvalidOffset: Int?
    /// The byte offset of the first NUL byte, which marks a binary file.
    public var firstNULOffset: Int?

    /// Checks `bytes`.
    ///
    /// - Complexity: O(n); ASCII bytes cost one comparison each.
    public init(checking bytes: some Collection<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ scan($0, from: 0, to: $0.count) }) == nil {
            _ = Array(bytes).withUnsafeBufferPointer { scan($0, from: 0, to: $0.count) }
        }
    }

    /// Checks `bytes`, calling `afterEachMegabyte` with the offset reached after each mebibyte,
    /// so that a mapped file can give back what was read.
    init(checking bytes: UnsafeBufferPointer<UInt8>, afterEachMegabyte: (Int) -> Void) {
        var index = 0
        while index < bytes.count {
            index = scan(bytes, from: index, to: min(bytes.count, index + (1 << 20)))
            afterEachMegabyte(index)
        }
    }

    /// Checks from `start` up to `limit`, reading a sequence that crosses it whole; returns where it stopped.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int) -> Int {
        var index = start
        let base = UnsafeRawPointer(bytes.baseAddress)
        while index < limit {
            // JSON around the text is ASCII: eight bytes at a time while they hold no NUL.
            if let base, index + 8 <= limit {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                if word & high == 0, (word &- 0x0101_0101_0101_0101) & ~word & high == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0, firstNULOffset == nil { firstNULOffset = index }
                index += 1
                continue
            }
            // Most of a Chinese text is well-formed three-byte sequences outside the surrogates.
            if byte >= 0xE1, byte <= 0xEC || byte >= 0xEE, byte <= 0xEF, index + 2 < bytes.count,
               bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80
            {
                index += 3
                continue
            }
            let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
            // A genuine U+FFFD is EF BF BD; any other replacement marks bad bytes.
            if value == UTF8Decoding.replacement, !(length == 3 && byte == 0xEF) {
                invalidSequenceCount += 1
                if firstInvalidOffset == nil { firstInvalidOffset = index }
            }
            index += length
        }
        return index
    }
}
