/// Makes untrusted text safe to put on a terminal.
///
/// The rule, applied scalar by scalar:
/// - Line ends: CR LF, a lone CR, NEL (U+0085), VT, FF, and the line and
///   paragraph separators (U+2028, U+2029) become one line feed.
/// - A tab becomes spaces up to the next multiple of `tabSize` columns.
/// - ESC and the other C0 controls, and DEL, become their visible Control
///   Pictures (`␛`, `␀`, `␇`, `␈`, `␡`, …): the rest of an escape sequence
///   is then plain printable text, such as `␛[31m`.
/// - The other C1 controls (U+0080–U+009F), CSI among them, become `�` (U+FFFD).
/// - Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
///   U+2066–U+2069) are dropped, so text cannot reorder what follows it.
///
/// Everything else, line feeds included, passes through unchanged.
public struct TextSanitizer: Sendable {
    /// Columns between tab stops.
    public var tabSize: Int
    /// The layout that measures columns for tab stops.
    public var layout: TextLayout

    /// A sanitiser with tab stops every `tabSize` columns.
    public init(tabSize: Int = 8, layout: TextLayout = TextLayout()) {
        self.tabSize = max(tabSize, 1)
        self.layout = layout
    }

    /// `text` made safe to show; the same string when nothing needed changing.
    ///
    /// - Complexity: O(n); one pass over the UTF-8 bytes when the text is clean.
    public func sanitize(_ text: String) -> String {
        let isClean = layout.withUTF8(of: text) { Self.isClean($0) }
        return isClean ? text : rewrite(text)
    }

    /// True when no byte sequence in `bytes` needs rewriting.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x0A { return false }
            } else if byte == 0x7F {
                return false
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] & 0xE0 == 0x80 {
                return false  // U+0080–U+009F
            } else if byte == 0xE2, index + 2 < bytes.count, isFlaggedPunctuation(bytes[index + 1], bytes[index + 2]) {
                return false
            }
            index += 1
        }
        return true
    }

    /// U+2028–U+202E (E2 80 A8–AE) and U+2066–U+2069 (E2 81 A6–A9).
    private static func isFlaggedPunctuation(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xA8...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    private func rewrite(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        // Scalars since the last tab or line end, and the column where they start:
        // each stretch is measured once, so many tabs stay linear.
        var stretch = String.UnicodeScalarView()
        var stretchColumn = 0
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCarriageReturn:
                continue
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                output.append(contentsOf: stretch)
                output.append("\n")
                stretch.removeAll(keepingCapacity: true)
                stretchColumn = 0
            case 0x09:
                let column = stretchColumn + layout.width(of: String(stretch))
                let spaces = tabSize - column % tabSize
                output.append(contentsOf: stretch)
                output.append(contentsOf: String(repeating: " ", count: spaces).unicodeScalars)
                stretch.removeAll(keepingCapacity: true)
                stretchColumn = column + spaces
            default:
                stretch.append(contentsOf: Self.visible(scalar).unicodeScalars)
            }
        }
        output.append(contentsOf: stretch)
        return String(output)
    }

    /// What shows for `scalar` within a line: a picture for a control, nothing for a bidi control.
    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00..<0x20: String(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
        case 0x7F: "\u{2421}"
        case 0x80..<0xA0: "\u{FFFD}"
        case 0x202A...0x202E, 0x2066...0x2069: ""
        default: String(scalar)
        }
    }
}
