/// Where ``TextFolding`` puts folded bytes: an array, or a scan that reads them as they come.
protocol FoldedByteSink {
    /// Takes the next folded byte.
    mutating func append(_ byte: UInt8)
    /// Hears that the bytes from here on fold the scalar at byte `offset` of the source.
    mutating func beginScalar(at offset: Int)
}

extension FoldedByteSink {
    /// Most sinks do not need to know where the bytes came from.
    @inline(__always)
    mutating func beginScalar(at offset: Int) {}

    /// Takes each of `bytes` in turn.
    mutating func append<Bytes: Sequence<UInt8>>(contentsOf bytes: Bytes) {
        for byte in bytes { append(byte) }
    }
}

extension Array: FoldedByteSink where Element == UInt8 {}
