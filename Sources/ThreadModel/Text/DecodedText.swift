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
        let report = UTF8Report(checking: bytes)
        text = bytes.withContiguousStorageIfAvailable { String(decoding: $0, as: UTF8.self) }
            ?? String(decoding: Array(bytes), as: UTF8.self)
        invalidSequenceCount = report.invalidSequenceCount
        firstInvalidOffset = report.firstInvalidOffset
        firstNULOffset = report.firstNULOffset
    }
}
