/// Folds text for searching the way filters will: case, and full-width forms (ＧＰＵ = GPU).
enum SearchText {
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).lowercased()
    }

    /// Appends the folded UTF-8 of `text` to `bytes`, copying text that folding leaves alone
    /// (ASCII other than capitals, and most Chinese) without building a new string.
    static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        let utf8 = text.utf8
        if utf8.count == 1, let byte = utf8.first {
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        } else if text.unicodeScalars.allSatisfy(isUnchangedByFolding) {
            bytes += utf8
        } else {
            bytes += fold(text).utf8
        }
    }

    private static func isUnchangedByFolding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000, 0xFF01...0xFF5E: false
        case 0x4E00...0x9FFF: true
        default: !scalar.properties.changesWhenLowercased
        }
    }
}
