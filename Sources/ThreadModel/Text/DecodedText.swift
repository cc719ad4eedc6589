/// Bytes read as UTF-8 text, with what had to be repaired.
public struct DecodedText: Sendable, Equatable {
    /// The text, with each invalid UTF-8 sequence replaced by U+FFFD.
    public var text: String
    /// How many invalid sequences were replaced.
    public var invalidSequenceCount: Int
    /// The byte offset of the first invalid sequence, if any.
    public var firstInvalidOffset: Int?
    /// The byte offset of the first NUL byte, which marks a binary file.
    public var firstNULOffset: Int?

    /// Decodes `bytes`, noting invalid sequences and NUL bytes.
    ///
    /// - Complexity: O(n), one pass over `bytes` plus the copy into a `String`.
    public init(decoding bytes: some Collection<UInt8>) {
        var invalid = 0
        var firstInvalid: Int?
        var firstNUL: Int?
        let text = bytes.withContiguousStorageIfAvailable { buffer in
            Self.scan(buffer, invalid: &invalid, firstInvalid: &firstInvalid, firstNUL: &firstNUL)
            return String(decoding: buffer, as: UTF8.self)
        } ?? {
            let copy = Array(bytes)
            return copy.withUnsafeBufferPointer { buffer in
                Self.scan(buffer, invalid: &invalid, firstInvalid: &firstInvalid, firstNUL: &firstNUL)
                return String(decoding: buffer, as: UTF8.self)
            }
        }()
        self.text = text
        invalidSequenceCount = invalid
        firstInvalidOffset = firstInvalid
        firstNULOffset = firstNUL
    }

    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, invalid: inout Int, firstInvalid: inout Int?, firstNUL: inout Int?
    ) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0, firstNUL == nil { firstNUL = index }
                index += 1
                continue
            }
            let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
            // A genuine U+FFFD is EF BF BD; any other replacement marks bad bytes.
            if value == UTF8Decoding.replacement, !(length == 3 && byte == 0xEF) {
                invalid += 1
                if firstInvalid == nil { firstInvalid = index }
            }
            index += length
        }
    }
}
