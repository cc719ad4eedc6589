/// Folds text for searching the way filters will: case, and full-width forms (ＧＰＵ = GPU),
/// into UTF-8 bytes, scalar by scalar, so that a reply, a screen row and a query fold alike.
enum SearchText {
    /// The folded UTF-8 of `text`.
    static func folded(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendFolded(text, to: &bytes)
        return bytes
    }

    /// Appends the folded UTF-8 of `text` to `bytes`; ASCII and Chinese, nearly all of a
    /// thread, are copied without building strings.
    static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if value == 0x3000 { value = 0x20 }
            if value < 0x80 {
                let byte = UInt8(value)
                bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            } else if (0x4E00...0x9FFF).contains(value) || !scalar.properties.changesWhenLowercased {
                appendUTF8(of: value, to: &bytes)
            } else {
                bytes += String(scalar).lowercased().utf8
            }
        }
    }

    private static func appendUTF8(of value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case ..<0x800:
            bytes += [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
        case ..<0x10000:
            bytes += [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
        default:
            bytes += [UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
        }
    }
}
