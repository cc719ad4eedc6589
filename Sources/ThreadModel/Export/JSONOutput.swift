/// Builds JSON text into a byte buffer, escaping what must not appear raw.
///
/// C1 controls (U+0080–U+009F) are escaped as well as C0: written raw they are valid JSON, but
/// some terminals act on them if the file is ever printed.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x09: raw("\\t")
            case 0x0D: raw("\\r")
            case 0..<0x20, 0x7F: hexEscape(UInt32(byte))
            case 0x80...0x9F where previous == 0xC2:
                // The lead byte C2 is already out; replace it with the escape of U+0080–U+009F.
                bytes.removeLast()
                hexEscape(UInt32(byte))
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func optionalString(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    mutating func integer(_ value: Int?) {
        if let value { bytes.append(contentsOf: String(value).utf8) } else { raw("null") }
    }

    mutating func bool(_ value: Bool) {
        value ? raw("true") : raw("false")
    }

    /// Writes `"key": ` after a separator unless it is the first member.
    mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { raw(", ") }
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\": ")
    }

    private mutating func hexEscape(_ value: UInt32) {
        raw("\\u00")
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(digits[Int(value >> 4)])
        bytes.append(digits[Int(value & 0xF)])
    }
}
