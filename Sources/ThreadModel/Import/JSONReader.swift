import Foundation

/// A pull reader for JSON over UTF-8 bytes: the caller asks for the value it expects next.
///
/// Reading straight into the caller's types skips the tree of dictionaries a general parser
/// builds, which is most of the cost of loading a large thread. Errors carry the byte offset
/// and the path of keys and indices to the value. Nesting is followed with counters, not
/// recursion, when values are skipped, so deep input cannot exhaust the stack.
struct JSONReader {
    /// The raw key of an object member: a byte range of the input, escapes not yet decoded.
    struct Key {
        var start: Int
        var end: Int
        var hasEscapes: Bool
    }

    /// The kinds of JSON value, as seen from the first byte.
    enum Kind {
        case object, array, string, number, bool, null
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    private(set) var path = JSONPath()
    private var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Structure

    /// The kind of the next value, after skipping white space.
    mutating func peekKind() throws(JSONSyntaxError) -> Kind {
        skipWhitespace()
        guard position < bytes.count else { throw error("a value, not the end of the input") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw error("a JSON value")
        }
    }

    /// Reads an object, calling `member` with each key; `member` must read or skip the value.
    mutating func readObject(
        _ expected: @autoclosure () -> String = "an object",
        member: (inout JSONReader, Key) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) {
        try consume(UInt8(ascii: "{"), expected())
        skipWhitespace()
        if consumeIf(UInt8(ascii: "}")) { return }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("a quoted key") }
            let key = try scanString()
            try consume(UInt8(ascii: ":"), "':' after the key")
            path.push(keyFrom: key.start, to: key.end)
            try member(&self, key)
            path.pop()
            skipWhitespace()
            if consumeIf(UInt8(ascii: ",")) { continue }
            try consume(UInt8(ascii: "}"), "',' or '}' after a member")
            return
        }
    }

    /// Reads an array, calling `element` with each index; `element` must read or skip the value.
    mutating func readArray(
        _ expected: @autoclosure () -> String = "an array",
        element: (inout JSONReader, Int) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) {
        try consume(UInt8(ascii: "["), expected())
        skipWhitespace()
        if consumeIf(UInt8(ascii: "]")) { return }
        var index = 0
        while true {
            path.push(index: index)
            try element(&self, index)
            path.pop()
            index += 1
            skipWhitespace()
            if consumeIf(UInt8(ascii: ",")) { continue }
            try consume(UInt8(ascii: "]"), "',' or ']' after an element")
            return
        }
    }

    /// Checks that nothing but white space follows the document.
    mutating func readEnd() throws(JSONSyntaxError) {
        skipWhitespace()
        guard position == bytes.count else { throw error("the end of the input after the document") }
    }

    /// Whether `key` is the ASCII text `name`.
    func key(_ key: Key, is name: StaticString) -> Bool {
        guard !key.hasEscapes else { return decodeKey(key) == name.description }
        let length = key.end - key.start
        guard length == name.utf8CodeUnitCount else { return false }
        return memcmp(bytes.baseAddress! + key.start, name.utf8Start, length) == 0
    }

    /// The key's text with escapes decoded.
    func decodeKey(_ key: Key) -> String {
        var copy = JSONReader(bytes: bytes)
        copy.position = key.start - 1
        return (try? copy.readString()) ?? ""
    }

    // MARK: Scalars

    /// Reads a string.
    mutating func readString(_ expected: @autoclosure () -> String = "a string") throws(JSONSyntaxError) -> String {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error(expected()) }
        let raw = try scanString()
        let body = UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end])
        guard raw.hasEscapes else { return String(decoding: body, as: UTF8.self) }
        return try unescape(body, at: raw.start)
    }

    /// Reads a string's raw bytes without making a `String`, or nil for `null`.
    ///
    /// The bytes are the input's own; `hasEscapes` says whether ``readString(_:)`` would decode them.
    mutating func readRawString(_ expected: @autoclosure () -> String) throws(JSONSyntaxError) -> (bytes: UnsafeBufferPointer<UInt8>, hasEscapes: Bool)? {
        if try readNull() { return nil }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error(expected()) }
        let raw = try scanString()
        return (UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end]), raw.hasEscapes)
    }

    /// Moves back to `offset`, to read a value again another way.
    mutating func rewind(to offset: Int) {
        position = offset
    }

    /// Reads a string, or nil for `null`.
    mutating func readOptionalString(_ expected: @autoclosure () -> String = "a string or null") throws(JSONSyntaxError) -> String? {
        if try readNull() { return nil }
        return try readString(expected())
    }

    /// Reads a whole number that fits in 64 bits.
    mutating func readInteger(_ expected: @autoclosure () -> String = "a whole number") throws(JSONSyntaxError) -> Int {
        skipWhitespace()
        let start = position
        let negative = consumeIf(UInt8(ascii: "-"))
        var value = 0
        var digits = 0
        while position < bytes.count, DigitScanner.isDigit(bytes[position]) {
            // Negative numbers accumulate downwards so that Int.min fits.
            let digit = Int(bytes[position] - 0x30)
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            if overflow1 || overflow2 {
                position = start
                throw error("\(expected()) (this one is out of range)")
            }
            value = sum
            digits += 1
            position += 1
        }
        if digits == 0 || (position < bytes.count && ".eE".utf8.contains(bytes[position])) {
            position = start
            throw error(expected())
        }
        return value
    }

    /// Reads a whole number, or nil for `null`.
    mutating func readOptionalInteger(_ expected: @autoclosure () -> String = "a whole number or null") throws(JSONSyntaxError) -> Int? {
        if try readNull() { return nil }
        return try readInteger(expected())
    }

    /// Reads a count (of likes, replies…): a whole number not below zero, or nil for `null`.
    mutating func readOptionalCount() throws(JSONSyntaxError) -> Int? {
        let expected = "a whole number ≥ 0 or null"
        let start = position
        guard let count = try readOptionalInteger(expected) else { return nil }
        guard count >= 0 else {
            position = start
            throw error(expected)
        }
        return count
    }

    /// Reads `true` or `false`.
    mutating func readBool(_ expected: @autoclosure () -> String = "true or false") throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        if consumeWord("true") { return true }
        if consumeWord("false") { return false }
        throw error(expected())
    }

    /// Consumes `null` if it is next.
    mutating func readNull() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        return consumeWord("null")
    }

    /// Reads a number's text as written, for values kept exactly (ids that are numbers).
    mutating func readNumberText() throws(JSONSyntaxError) -> String {
        skipWhitespace()
        let start = position
        try skipNumber()
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// Skips one value of any kind, however deeply nested, without recursion.
    mutating func skipValue() throws(JSONSyntaxError) {
        // The closing byte of each open container, innermost last.
        var closers: [UInt8] = []
        values: while true {
            switch try peekKind() {
            case .object, .array:
                let closer: UInt8 = bytes[position] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                position += 1
                skipWhitespace()
                if !consumeIf(closer) {
                    closers.append(closer)
                    if closer == UInt8(ascii: "}") { try skipKey() }
                    continue values
                }
            case .string: _ = try scanString()
            case .number: try skipNumber()
            case .bool: _ = try readBool()
            case .null: _ = try readNull()
            }
            while let closer = closers.last {
                skipWhitespace()
                if consumeIf(UInt8(ascii: ",")) {
                    if closer == UInt8(ascii: "}") { try skipKey() }
                    continue values
                }
                try consume(closer, closer == UInt8(ascii: "}") ? "',' or '}'" : "',' or ']'")
                closers.removeLast()
            }
            return
        }
    }

    // MARK: Errors

    /// An error at the current position and path.
    func error(_ expected: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: min(position, bytes.count), path: path.text(in: bytes), expected: expected)
    }

    // MARK: Private

    private mutating func skipKey() throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("a quoted key") }
        _ = try scanString()
        try consume(UInt8(ascii: ":"), "':' after the key")
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    private mutating func consume(_ byte: UInt8, _ expected: @autoclosure () -> String) throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { throw error(expected()) }
        position += 1
    }

    private mutating func consumeIf(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func consumeWord(_ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count, memcmp(bytes.baseAddress! + position, word.utf8Start, length) == 0 else {
            return false
        }
        position += length
        return true
    }

    private mutating func skipNumber() throws(JSONSyntaxError) {
        let start = position
        _ = consumeIf(UInt8(ascii: "-"))
        let integerStart = position
        skipDigits()
        guard position > integerStart, bytes[integerStart] != UInt8(ascii: "0") || position == integerStart + 1 else {
            position = start
            throw error("a number")
        }
        if consumeIf(UInt8(ascii: ".")) {
            let fractionStart = position
            skipDigits()
            guard position > fractionStart else { throw error("digits after '.'") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if !consumeIf(UInt8(ascii: "+")) { _ = consumeIf(UInt8(ascii: "-")) }
            let exponentStart = position
            skipDigits()
            guard position > exponentStart else { throw error("digits in the exponent") }
        }
    }

    private mutating func skipDigits() {
        while position < bytes.count, DigitScanner.isDigit(bytes[position]) { position += 1 }
    }

    /// Moves past a string starting at `position` (a quote); returns its body's byte range.
    private mutating func scanString() throws(JSONSyntaxError) -> Key {
        let start = position + 1
        var index = start
        var hasEscapes = false
        let count = bytes.count
        let base = bytes.baseAddress!
        while index < count {
            // Eight bytes at a time while none is a quote, a backslash or a control character.
            if index + 8 <= count, !Self.mayEndString(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return Key(start: start, end: index, hasEscapes: hasEscapes)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                index += 2
                continue
            }
            if byte < 0x20 {
                position = index
                throw error("no control character inside a string (write it as an escape such as \\n)")
            }
            index += 1
        }
        position = count
        throw error("a closing quote, not the end of the input")
    }

    /// Whether any of eight bytes is `"`, `\\` or below 0x20 (bit tricks from "Bit Twiddling Hacks").
    @inline(__always)
    private static func mayEndString(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & highs != 0
        return hasControl || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    private mutating func unescape(_ body: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONSyntaxError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var index = 0
        while index < body.count {
            // Copy up to the next backslash in one go.
            var end = index
            while end < body.count, body[end] != UInt8(ascii: "\\") { end += 1 }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: body[index..<end]))
            index = end
            guard index + 1 < body.count else { break }
            let escaped = body[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escaped)
            case UInt8(ascii: "u"):
                guard let unit = hexUnit(body, at: index) else {
                    position = offset + index
                    throw error("four hex digits after \\u")
                }
                index += 4
                var scalar = Unicode.Scalar(unit)
                if (0xD800..<0xDC00).contains(unit), body.count >= index + 6, body[index] == UInt8(ascii: "\\"),
                   body[index + 1] == UInt8(ascii: "u"), let low = hexUnit(body, at: index + 2), (0xDC00..<0xE000).contains(low)
                {
                    scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                    index += 6
                }
                // A lone surrogate has no scalar; it reads as U+FFFD, as invalid UTF-8 does.
                UTF8.encode(scalar ?? "\u{FFFD}") { scratch.append($0) }
            default:
                position = offset + index - 1
                throw error("a valid escape (\\n, \\t, \\\", \\\\, \\/, \\b, \\f, \\r or \\uXXXX)")
            }
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    private func hexUnit(_ body: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= body.count else { return nil }
        var value: UInt32 = 0
        for byte in body[index..<(index + 4)] {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x57)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 0x37)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
