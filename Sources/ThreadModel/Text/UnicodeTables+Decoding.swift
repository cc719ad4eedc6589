extension UnicodeTables {
    /// Decodes a generated hex literal once, at first use; whitespace is skipped.
    static func decodeHex(_ text: StaticString) -> UnsafePointer<UInt8> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8CodeUnitCount / 2)
        var high: UInt8?
        let source = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        for character in source {
            guard let nibble = hexValue(character) else { continue }
            if let pending = high {
                bytes.append(pending << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        return UnsafePointer(buffer)
    }

    private static func hexValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
