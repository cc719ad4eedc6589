/// Decoding of one scalar from UTF-8 bytes, with U+FFFD for what is not valid UTF-8.
enum UTF8Decoding {
    /// The replacement character, U+FFFD.
    static let replacement: UInt32 = 0xFFFD

    /// Decodes the scalar starting at `index`; an invalid sequence yields U+FFFD
    /// over its longest valid prefix (at least one byte), as Swift's `String` does.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        // The common three-byte case (CJK) inline; the rest out of line.
        if lead & 0xF0 == 0xE0, index &+ 2 < bytes.count {
            let second = bytes[index &+ 1], third = bytes[index &+ 2]
            if second & 0xC0 == 0x80, third & 0xC0 == 0x80 {
                let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                if value >= 0x800, value & 0xF800 != 0xD800 { return (value, 3) }
            }
        }
        return multibyteScalar(in: bytes, at: index, lead: lead)
    }

    @inline(never)
    private static func multibyteScalar(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8
    ) -> (value: UInt32, length: Int) {
        let remaining = bytes.count - index
        switch lead {
        case 0xC2...0xDF:
            guard remaining >= 2, isContinuation(bytes[index + 1]) else { return (replacement, 1) }
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        case 0xE0...0xEF:
            return threeByteScalar(in: bytes, at: index, lead: lead, remaining: remaining)
        case 0xF0...0xF4:
            return fourByteScalar(in: bytes, at: index, lead: lead, remaining: remaining)
        default:
            return (replacement, 1)
        }
    }

    @inline(__always)
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    @inline(__always)
    private static func threeByteScalar(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8, remaining: Int
    ) -> (value: UInt32, length: Int) {
        guard remaining >= 2 else { return (replacement, 1) }
        let second = bytes[index + 1]
        let secondRange: ClosedRange<UInt8> = switch lead {
        case 0xE0: 0xA0...0xBF
        case 0xED: 0x80...0x9F
        default: 0x80...0xBF
        }
        guard secondRange.contains(second) else { return (replacement, 1) }
        guard remaining >= 3, isContinuation(bytes[index + 2]) else { return (replacement, 2) }
        let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        return (value, 3)
    }

    @inline(__always)
    private static func fourByteScalar(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8, remaining: Int
    ) -> (value: UInt32, length: Int) {
        guard remaining >= 2 else { return (replacement, 1) }
        let second = bytes[index + 1]
        let secondRange: ClosedRange<UInt8> = switch lead {
        case 0xF0: 0x90...0xBF
        case 0xF4: 0x80...0x8F
        default: 0x80...0xBF
        }
        guard secondRange.contains(second) else { return (replacement, 1) }
        guard remaining >= 3, isContinuation(bytes[index + 2]) else { return (replacement, 2) }
        guard remaining >= 4, isContinuation(bytes[index + 3]) else { return (replacement, 3) }
        let value = UInt32(lead & 0x07) << 18 | UInt32(second & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }
}
