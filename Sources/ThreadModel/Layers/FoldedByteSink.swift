/// Where ``TextFolding`` puts folded bytes: an array, or a scan that reads them as they come.
protocol FoldedByteSink {
    /// Takes the next folded byte.
    mutating func append(_ byte: UInt8)
}

extension FoldedByteSink {
    /// Takes each of `bytes` in turn.
    mutating func append<Bytes: Sequence<UInt8>>(contentsOf bytes: Bytes) {
        for byte in bytes { append(byte) }
    }
}

extension Array: FoldedByteSink where Element == UInt8 {}
