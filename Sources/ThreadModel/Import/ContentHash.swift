/// A 64-bit FNV-1a hash of strings, the same on every machine and every run.
///
/// Swift's `Hasher` is seeded per process, so ids made with it would change on each launch.
struct ContentHash {
    /// The hash so far.
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of one string.
    static func of(_ text: String) -> UInt64 {
        var hash = ContentHash()
        hash.add(text)
        return hash.value
    }

    /// Adds `text`, then a separator so that ("ab", "c") and ("a", "bc") differ.
    mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0xFF)
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash as 16 lowercase hex digits.
    var hexDigest: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
