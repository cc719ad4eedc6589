/// Folds text so that the ways Chinese discussion text varies do not hide a match: case,
/// full-width forms (ＧＰＵ = GPU), the ideographic space, and traditional characters
/// (計算 = 计算). Keywords, replies, search queries and screen rows all fold here, scalar by
/// scalar into UTF-8, so that what matches and what is highlighted agree.
///
/// ```swift
/// String(decoding: TextFolding.folded("ＧＰＵ 計算"), as: UTF8.self)  // "gpu 计算"
/// ```
public enum TextFolding {
    /// The folded UTF-8 of `text`.
    public static func folded(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendFolded(text, to: &bytes)
        return bytes
    }

    /// Appends the folded UTF-8 of `text` to `bytes`.
    ///
    /// - Complexity: O(n) in the UTF-8 length; ASCII and simplified Chinese are copied byte by byte.
    public static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendFolded(utf8: $0, to: &bytes) }
    }

    /// Appends the folded form of valid UTF-8 `source` to `bytes`.
    public static func appendFolded(utf8 source: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        // No reserveCapacity here: called over and over on one growing buffer (a whole thread),
        // an exact reservation would copy the buffer every time.
        fold(utf8: source, into: &bytes)
    }

    /// Folds valid UTF-8 `source` byte by byte into `sink`; with `emoticonsAsSpace`, each
    /// emoticon code (`[抱拳]`) becomes one space, since it says nothing about the words around it
    /// and must not join them.
    ///
    /// Generic so that a keyword scan can consume the folded bytes as they are made.
    static func fold<Sink: FoldedByteSink>(utf8 source: UnsafeBufferPointer<UInt8>, into sink: inout Sink, emoticonsAsSpace: Bool = false) {
        var index = 0
        while index < source.count {
            let lead = source[index]
            sink.beginScalar(at: index)
            if lead < 0x80 {
                if emoticonsAsSpace, lead == UInt8(ascii: "["), let close = emoticonEnd(in: source, from: index) {
                    sink.append(0x20)
                    index = close + 1
                    continue
                }
                sink.append((0x41...0x5A).contains(lead) ? lead + 0x20 : lead)
                index += 1
            } else if lead >= 0xE0, lead < 0xF0, index + 2 < source.count {
                // Three bytes: Chinese, CJK punctuation and full-width forms, the bulk of a thread.
                let second = source[index + 1]
                let third = source[index + 2]
                let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                let simplified = simplifiedRange.contains(value) ? simplifiedTable[Int(value - simplifiedRange.lowerBound)] : 0
                if simplified != 0 {
                    appendUTF8(of: simplified, to: &sink)
                } else if simplifiedRange.contains(value) || (0x3001...0x33FF).contains(value) {
                    // No case, no full-width form, no traditional form: copied as it is.
                    sink.append(lead)
                    sink.append(second)
                    sink.append(third)
                } else {
                    appendFolded(scalar: value, original: source[index..<(index + 3)], to: &sink)
                }
                index += 3
            } else {
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                let end = min(index + length, source.count)
                appendFolded(scalar: decode(source[index..<end]), original: source[index..<end], to: &sink)
                index = end
            }
        }
    }

    /// The folded form of one scalar outside the fast path: the original bytes when folding
    /// leaves it alone.
    private static func appendFolded<Sink: FoldedByteSink>(scalar value: UInt32, original: Slice<UnsafeBufferPointer<UInt8>>, to sink: inout Sink) {
        switch value {
        case 0xFF01...0xFF5E:
            let ascii = UInt8(value - 0xFEE0)
            sink.append((0x41...0x5A).contains(ascii) ? ascii + 0x20 : ascii)
        case 0x3000:
            sink.append(0x20)
        case simplifiedRange:
            let simplified = simplifiedTable[Int(value - simplifiedRange.lowerBound)]
            if simplified == 0 { sink.append(contentsOf: original) } else { appendUTF8(of: simplified, to: &sink) }
        default:
            if let mapped = otherSimplified[value] {
                appendUTF8(of: mapped, to: &sink)
            } else if let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased {
                sink.append(contentsOf: String(scalar).lowercased().utf8)
            } else {
                sink.append(contentsOf: original)
            }
        }
    }

    /// Where an emoticon code opening at `open` closes: a `]` within 30 bytes, with no space or
    /// bracket between and not only digits (`[1]` is a footnote).
    private static func emoticonEnd(in bytes: UnsafeBufferPointer<UInt8>, from open: Int) -> Int? {
        let limit = min(bytes.count, open + 31)
        var index = open + 1
        var onlyDigits = true
        while index < limit {
            switch bytes[index] {
            case UInt8(ascii: "]"): return index > open + 1 && !onlyDigits ? index : nil
            case UInt8(ascii: "["), 0x20, 0x09, 0x0A: return nil
            case UInt8(ascii: "0")...UInt8(ascii: "9"): break
            default: onlyDigits = false
            }
            index += 1
        }
        return nil
    }

    // MARK: Tables

    /// The CJK blocks where nearly all traditional characters are, looked up in a flat table.
    private static let simplifiedRange: ClosedRange<UInt32> = 0x3400...0x9FFF

    private static let simplifiedTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Int(simplifiedRange.count))
        for (traditional, simplified) in simplifiedVariants where simplifiedRange.contains(traditional) {
            table[Int(traditional - simplifiedRange.lowerBound)] = simplified
        }
        return table
    }()

    private static let otherSimplified: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for (traditional, simplified) in simplifiedVariants where !simplifiedRange.contains(traditional) {
            table[traditional] = simplified
        }
        return table
    }()

    // MARK: UTF-8

    private static func decode(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32 {
        var iterator = bytes.makeIterator()
        guard let lead = iterator.next() else { return 0xFFFD }
        var value = UInt32(lead) & (bytes.count == 2 ? 0x1F : bytes.count == 3 ? 0x0F : 0x07)
        while let next = iterator.next() { value = value << 6 | UInt32(next & 0x3F) }
        return value
    }

    private static func appendUTF8<Sink: FoldedByteSink>(of value: UInt32, to bytes: inout Sink) {
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
