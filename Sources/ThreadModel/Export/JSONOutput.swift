/// Builds JSON text into a byte buffer, escaping what must not appear raw.
///
/// C1 controls (U+0080–U+009F) are escaped as well as C0, and so are the line and paragraph
/// separators and the bidirectional embeddings, overrides and isolates (U+2028–U+202E,
/// U+2066–U+2069): written raw they are valid JSON, but terminals act on them if the file is
/// ever printed.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Copy runs that need no escape in one go; most text is one long run.
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0x7F, byte != 0xC2, byte != 0xE2 {
                    index += 1
                    continue
                }
                let scalar = Self.escapedScalar(in: utf8, at: index)
                if byte >= 0xC2, scalar == nil {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                if let scalar {
                    hexEscape(scalar.value)
                    index += scalar.length
                } else {
                    escape(byte)
                    index += 1
                }
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A C1 control (C2 80–9F), or a separator or bidi control (E2 80 A8–AE, E2 81 A6–A9), at `index`.
    private static func escapedScalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        let byte = utf8[index]
        if byte == 0xC2, index + 1 < utf8.count, (0x80...0x9F).contains(utf8[index + 1]) {
            return (UInt32(utf8[index + 1]), 2)
        }
        guard byte == 0xE2, index + 2 < utf8.count else { return nil }
        let (second, third) = (utf8[index + 1], utf8[index + 2])
        guard (second == 0x80 && (0xA8...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) else { return nil }
        return (0x2000 | UInt32(second & 0x0F) << 6 | UInt32(third & 0x3F), 3)
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x09: raw("\\t")
        case 0x0D: raw("\\r")
        default: hexEscape(UInt32(byte))
        }
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
        raw("\\u")
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(digits[Int(value >> UInt32(shift) & 0xF)])
        }
    }
}
