/// Finds mentions, stocks, hashtags, emoticon codes and links in a paragraph of Xueqiu-style text.
///
/// The markers are written the way Xueqiu writes them: `@名字`, `$名称(SH600000)$`, `#话题#`,
/// `[抱拳]`, and bare `http(s)://` URLs. Each rule is strict enough that ordinary prose (`$5`,
/// `[1]`, `#1`) is left alone.
enum InlineSpanScanner {
    /// The spans of `paragraph`, in order; `links` still to be placed are consumed as found.
    static func spans(in paragraph: String, links: inout ArraySlice<Link>) -> [InlineSpan] {
        let bytes = Array(paragraph.utf8)
        var spans = placeLinks(&links, in: bytes)
        var next = spans.makeIterator()
        var nextLink = next.next()
        var found: [InlineSpan] = []
        var index = 0
        while index < bytes.count {
            if let link = nextLink, index >= link.range.lowerBound {
                index = link.range.upperBound
                nextLink = next.next()
                continue
            }
            let limit = nextLink?.range.lowerBound ?? bytes.count
            if let span = span(at: index, in: bytes, before: limit) {
                found.append(span)
                index = span.range.upperBound
            } else {
                index += 1
            }
        }
        spans.append(contentsOf: found)
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        return spans
    }

    private static func placeLinks(_ links: inout ArraySlice<Link>, in bytes: [UInt8]) -> [InlineSpan] {
        var spans: [InlineSpan] = []
        var from = 0
        while let link = links.first, !link.text.isEmpty,
              let start = bytes[from...].firstRange(of: Array(link.text.utf8))?.lowerBound
        {
            let end = start + link.text.utf8.count
            spans.append(InlineSpan(kind: .link(url: link.url), range: start..<end))
            from = end
            links.removeFirst()
        }
        return spans
    }

    private static func span(at index: Int, in bytes: [UInt8], before limit: Int) -> InlineSpan? {
        switch bytes[index] {
        case UInt8(ascii: "@"): mention(at: index, in: bytes, before: limit)
        case UInt8(ascii: "$"): stock(at: index, in: bytes, before: limit)
        case UInt8(ascii: "#"): hashtag(at: index, in: bytes, before: limit)
        case UInt8(ascii: "["): emoticon(at: index, in: bytes, before: limit)
        case UInt8(ascii: "h"): url(at: index, in: bytes, before: limit)
        default: nil
        }
    }

    // MARK: Rules

    private static func mention(at index: Int, in bytes: [UInt8], before limit: Int) -> InlineSpan? {
        // An @ after a letter or digit is an e-mail address, not a mention.
        if index > 0, isASCIIWordByte(bytes[index - 1]) { return nil }
        var end = index + 1
        var count = 0
        while end < limit, count < 30, let (scalar, length) = scalar(at: end, in: bytes), isNameScalar(scalar) {
            end += length
            count += 1
        }
        guard count > 0 else { return nil }
        let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        return InlineSpan(kind: .mention(name: name), range: index..<end)
    }

    private static func stock(at index: Int, in bytes: [UInt8], before limit: Int) -> InlineSpan? {
        guard let close = closing(UInt8(ascii: "$"), after: index, in: bytes, before: limit, within: 80),
              close >= index + 5, bytes[close - 1] == UInt8(ascii: ")"),
              let open = bytes[(index + 2)..<close].lastIndex(of: UInt8(ascii: "("))
        else { return nil }
        let symbol = bytes[(open + 1)..<(close - 1)]
        guard !symbol.isEmpty, symbol.allSatisfy({ isASCIIWordByte($0) || $0 == UInt8(ascii: ".") }) else { return nil }
        return InlineSpan(kind: .stock(symbol: String(decoding: symbol, as: UTF8.self)), range: index..<(close + 1))
    }

    private static func hashtag(at index: Int, in bytes: [UInt8], before limit: Int) -> InlineSpan? {
        guard let close = closing(UInt8(ascii: "#"), after: index, in: bytes, before: limit, within: 100),
              close > index + 1, !isSpace(bytes[index + 1]), !isSpace(bytes[close - 1])
        else { return nil }
        return InlineSpan(kind: .hashtag, range: index..<(close + 1))
    }

    private static func emoticon(at index: Int, in bytes: [UInt8], before limit: Int) -> InlineSpan? {
        guard let close = closing(UInt8(ascii: "]"), after: index, in: bytes, before: limit, within: 30),
              close > index + 1
        else { return nil }
        let code = bytes[(index + 1)..<close]
        guard !code.contains(where: { isSpace($0) || $0 == UInt8(ascii: "[") }),
              !code.allSatisfy(DigitScanner.isDigit),
              String(decoding: code, as: UTF8.self).unicodeScalars.count <= 8
        else { return nil }
        return InlineSpan(kind: .emoticon, range: index..<(close + 1))
    }

    private static func url(at index: Int, in bytes: [UInt8], before limit: Int) -> InlineSpan? {
        if index > 0, isASCIIWordByte(bytes[index - 1]) { return nil }
        let scheme: [UInt8]
        if hasPrefix(Array("https://".utf8), at: index, in: bytes) {
            scheme = Array("https://".utf8)
        } else if hasPrefix(Array("http://".utf8), at: index, in: bytes) {
            scheme = Array("http://".utf8)
        } else {
            return nil
        }
        var end = index + scheme.count
        while end < limit, bytes[end] > 0x20, bytes[end] < 0x7F, !"<>\"'".utf8.contains(bytes[end]) { end += 1 }
        // Sentence punctuation after a URL belongs to the sentence.
        while end > index + scheme.count, ".,;:!?)]}".utf8.contains(bytes[end - 1]) {
            // A closing parenthesis stays when the URL opened one for it, as Wikipedia's do.
            if bytes[end - 1] == UInt8(ascii: ")") {
                let body = bytes[(index + scheme.count)..<end]
                if body.count(where: { $0 == UInt8(ascii: "(") }) >= body.count(where: { $0 == UInt8(ascii: ")") }) { break }
            }
            end -= 1
        }
        guard end > index + scheme.count else { return nil }
        let url = String(decoding: bytes[index..<end], as: UTF8.self)
        return InlineSpan(kind: .link(url: url), range: index..<end)
    }

    // MARK: Bytes

    private static func closing(_ byte: UInt8, after index: Int, in bytes: [UInt8], before limit: Int, within distance: Int) -> Int? {
        let end = min(limit, index + 1 + distance)
        guard index + 1 < end else { return nil }
        return bytes[(index + 1)..<end].firstIndex(of: byte)
    }

    private static func hasPrefix(_ prefix: [UInt8], at index: Int, in bytes: [UInt8]) -> Bool {
        index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    private static func scalar(at index: Int, in bytes: [UInt8]) -> (Unicode.Scalar, Int)? {
        let value = bytes.withUnsafeBufferPointer { UTF8Decoding.scalar(in: $0, at: index) }
        guard let scalar = Unicode.Scalar(value.0) else { return nil }
        return (scalar, value.1)
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return isASCIIWordByte(UInt8(scalar.value)) || scalar == "-"
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        DigitScanner.isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09
    }
}
