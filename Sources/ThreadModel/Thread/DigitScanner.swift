/// Reads fixed-width numbers and separators from ASCII bytes, for time stamps.
struct DigitScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    /// A scanner over `bytes`, which must outlive it.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { index == bytes.count }

    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Reads exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard Self.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += digits
        return value
    }

    /// Reads one or more fraction digits, scaled to `digits` places (extra digits are dropped).
    mutating func fraction(digits: Int) -> Int? {
        let start = index
        var value = 0
        while index < bytes.count, Self.isDigit(bytes[index]) {
            if index - start < digits { value = value * 10 + Int(bytes[index] - 0x30) }
            index += 1
        }
        let count = index - start
        guard count > 0 else { return nil }
        for _ in count..<max(count, digits) { value *= 10 }
        return value
    }

    /// Skips `separator` if it is next.
    mutating func skip(_ separator: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: separator) else { return false }
        index += 1
        return true
    }

    /// Reads `Z` or `±HH:MM` (or `±HHMM`) as minutes east of UTC.
    mutating func utcOffset() -> Int? {
        if skip("Z") { return 0 }
        let sign: Int
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(digits: 2) else { return nil }
        _ = skip(":")
        guard let minutes = number(digits: 2), hours < 24, minutes < 60 else { return nil }
        return sign * (hours * 60 + minutes)
    }
}
