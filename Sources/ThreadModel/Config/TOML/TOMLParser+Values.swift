extension TOMLParser {
    /// The value starting here, with arrays and inline tables nested from `depth`.
    mutating func readValue(depth: Int) throws(TOMLSyntaxError) -> TOMLValue {
        switch peek() {
        case Byte.quote:
            return .string(try startsWith("\"\"\"") ? readMultilineString(delimiter: Byte.quote) : readBasicString())
        case Byte.apostrophe:
            return .string(try startsWith("'''") ? readMultilineString(delimiter: Byte.apostrophe) : readLiteralString())
        case Byte.openBracket:
            return try readArray(depth: depth + 1)
        case Byte.openBrace:
            return try readInlineTable(depth: depth + 1)
        default:
            break
        }
        for (word, value) in [("true", TOMLValue.boolean(true)), ("false", .boolean(false))] where startsWith(word) {
            position += word.utf8.count
            return value
        }
        if let dateTime = try readDateTime() { return .dateTime(dateTime) }
        if let number = try readNumber() { return number }
        throw failure("expected a value")
    }

    /// Whether the bytes `offset` on from here spell `text`.
    func startsWith(_ text: String, at offset: Int = 0) -> Bool {
        text.utf8.enumerated().allSatisfy { peek(at: offset + $0) == $1 }
    }

    // MARK: - Strings

    /// A `"…"` string, with its escapes.
    mutating func readBasicString() throws(TOMLSyntaxError) -> String {
        let start = position
        position += 1
        var text: [UInt8] = []
        while true {
            guard let byte = peek(), byte != Byte.newline else { throw failure("the string has no closing '\"'", at: start) }
            if byte == Byte.quote {
                position += 1
                return String(decoding: text, as: UTF8.self)
            }
            if byte == Byte.backslash {
                try readEscape(into: &text, multiline: false)
            } else {
                guard !Self.isControl(byte) || byte == Byte.tab else { throw failure("a control character in a string must be escaped") }
                text.append(byte)
                position += 1
            }
        }
    }

    /// A `'…'` string, taken as written.
    mutating func readLiteralString() throws(TOMLSyntaxError) -> String {
        let start = position
        position += 1
        while true {
            guard let byte = peek(), byte != Byte.newline else { throw failure("the string has no closing \"'\"", at: start) }
            if byte == Byte.apostrophe {
                position += 1
                return String(decoding: bytes[start + 1..<position - 1], as: UTF8.self)
            }
            guard !Self.isControl(byte) || byte == Byte.tab else { throw failure("a control character in a string") }
            position += 1
        }
    }

    /// A `"""…"""` or `'''…'''` string: a newline right after the opening is dropped, and
    /// up to two quotes just before the closing belong to the string.
    mutating func readMultilineString(delimiter: UInt8) throws(TOMLSyntaxError) -> String {
        let start = position
        position += 3
        if peek() == Byte.newline { position += 1 }
        var text: [UInt8] = []
        while true {
            guard let byte = peek() else { throw failure("the string has no closing delimiter", at: start) }
            if byte == delimiter, peek(at: 1) == delimiter, peek(at: 2) == delimiter {
                position += 3
                for _ in 0..<2 where peek() == delimiter {
                    text.append(delimiter)
                    position += 1
                }
                return String(decoding: text, as: UTF8.self)
            }
            if byte == Byte.backslash, delimiter == Byte.quote {
                try readEscape(into: &text, multiline: true)
                continue
            }
            guard !Self.isControl(byte) || byte == Byte.tab || byte == Byte.newline else {
                throw failure("a control character in a string must be escaped")
            }
            text.append(byte)
            position += 1
        }
    }

    /// The byte each one-letter escape stands for.
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "b"): 0x08, UInt8(ascii: "t"): Byte.tab, UInt8(ascii: "n"): Byte.newline, UInt8(ascii: "f"): 0x0C,
        UInt8(ascii: "r"): Byte.carriageReturn, Byte.quote: Byte.quote, Byte.backslash: Byte.backslash,
    ]

    /// The escape at a backslash; in a multi-line string, a backslash ending a line drops
    /// the whitespace and newlines after it.
    private mutating func readEscape(into text: inout [UInt8], multiline: Bool) throws(TOMLSyntaxError) {
        let start = position
        position += 1
        guard let code = peek() else { throw failure("the string has no closing delimiter", at: start) }
        position += 1
        if let byte = Self.simpleEscapes[code] {
            text.append(byte)
        } else if code == UInt8(ascii: "u") || code == UInt8(ascii: "U") {
            try readUnicodeEscape(digits: code == UInt8(ascii: "u") ? 4 : 8, into: &text, escapeStart: start)
        } else if multiline, code == Byte.space || code == Byte.tab || code == Byte.newline {
            if code != Byte.newline {
                skipWhitespace()
                guard peek() == Byte.newline || peek() == nil else {
                    throw failure("only whitespace may follow a '\\' that ends a line", at: start)
                }
            }
            while let byte = peek(), byte == Byte.space || byte == Byte.tab || byte == Byte.newline { position += 1 }
        } else {
            throw failure("unknown escape '\\\(Unicode.Scalar(code))'", at: start)
        }
    }

    private mutating func readUnicodeEscape(digits: Int, into text: inout [UInt8], escapeStart: Int) throws(TOMLSyntaxError) {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let byte = peek(), let digit = Self.digitValue(byte, radix: 16) else {
                throw failure("'\\u' takes 4 hex digits and '\\U' takes 8", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw failure("the escape is not a Unicode scalar value", at: escapeStart)
        }
        text.append(contentsOf: String(Character(scalar)).utf8)
    }

    // MARK: - Arrays and inline tables

    private mutating func checkDepth(_ depth: Int) throws(TOMLSyntaxError) {
        guard depth <= Self.maximumDepth else { throw failure("arrays and tables nest more than \(Self.maximumDepth) deep") }
    }

    private mutating func readArray(depth: Int) throws(TOMLSyntaxError) -> TOMLValue {
        try checkDepth(depth)
        let start = position
        position += 1
        var elements: [TOMLValue] = []
        try skipArraySpace()
        while peek() != Byte.closeBracket {
            guard peek() != nil else { throw failure("the array has no closing ']'", at: start) }
            elements.append(try readValue(depth: depth))
            try skipArraySpace()
            if peek() == Byte.comma {
                position += 1
                try skipArraySpace()
            } else if peek() != Byte.closeBracket, peek() != nil {
                throw failure("expected ',' or ']' in the array")
            }
        }
        position += 1
        return .array(elements)
    }

    /// Whitespace, newlines and comments, which may come between an array's values.
    private mutating func skipArraySpace() throws(TOMLSyntaxError) {
        while true {
            while let byte = peek(), byte == Byte.space || byte == Byte.tab || byte == Byte.newline { position += 1 }
            guard peek() == Byte.hash else { return }
            try skipComment()
        }
    }

    private mutating func readInlineTable(depth: Int) throws(TOMLSyntaxError) -> TOMLValue {
        try checkDepth(depth)
        position += 1
        skipWhitespace()
        let table = TOMLTableBuilder(definition: .dotted)
        if peek() == Byte.closeBrace {
            position += 1
            return .table(table.built())
        }
        while true {
            let start = position
            let (key, value) = try readKeyValue(depth: depth)
            try add(value, at: key, to: table, keyStart: start)
            skipWhitespace()
            switch peek() {
            case Byte.closeBrace:
                position += 1
                return .table(table.built())
            case Byte.comma:
                position += 1
                skipWhitespace()
            default:
                throw failure("expected ',' or '}' in the inline table")
            }
        }
    }
}
