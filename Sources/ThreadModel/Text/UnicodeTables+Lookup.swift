extension UnicodeTables {
    /// The properties of the code point `scalar`; values past U+10FFFF read as unassigned.
    ///
    /// - Complexity: O(1): two table reads and a record read.
    @inline(__always)
    static func properties(of scalar: UInt32) -> ScalarProperties {
        let codePoint = scalar < 0x11_0000 ? Int(scalar) : 0x10_FFFF
        let block = Int(stage1[codePoint &>> 8])
        let index = Int(stage2[block &<< 8 | (codePoint & 0xFF)])
        return ScalarProperties(rawValue: records[index])
    }

    /// Decodes a generated hex literal once, at first use; whitespace is skipped.
    static func decodeHex(_ text: StaticString) -> UnsafeBufferPointer<UInt8> {
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
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        return UnsafeBufferPointer(buffer)
    }

    private static func hexValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
