extension TOMLParser {
    /// The value of `byte` as a digit in `radix`, if it is one.
    static func digitValue(_ byte: UInt8, radix: Int) -> Int? {
        let value: Int
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): value = Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
        return value < radix ? value : nil
    }

    private func isDigit(at offset: Int, radix: Int = 10) -> Bool {
        peek(at: offset).flatMap { Self.digitValue($0, radix: radix) } != nil
    }

    /// The offset just past `digit (_? digit)*` starting at `offset`, if a digit is there.
    private func endOfDigits(from offset: Int, radix: Int = 10) -> Int? {
        guard isDigit(at: offset, radix: radix) else { return nil }
        var end = offset + 1
        while true {
            if isDigit(at: end, radix: radix) {
                end += 1
            } else if peek(at: end) == Byte.underscore, isDigit(at: end + 1, radix: radix) {
                end += 2
            } else {
                return end
            }
        }
    }

    /// The text from here to `offset` without underscores, and the position moved there.
    private mutating func take(upTo offset: Int) -> String {
        let text = String(decoding: bytes[position..<position + offset].lazy.filter { $0 != Byte.underscore }, as: UTF8.self)
        position += offset
        return text
    }

    // MARK: - Numbers

    /// An integer or float starting here; nil when none does.
    mutating func readNumber() throws(TOMLSyntaxError) -> TOMLValue? {
        let start = position
        let radixes: [UInt8: Int] = [UInt8(ascii: "x"): 16, UInt8(ascii: "o"): 8, UInt8(ascii: "b"): 2]
        if peek() == UInt8(ascii: "0"), let mark = peek(at: 1), let radix = radixes[mark], let end = endOfDigits(from: 2, radix: radix) {
            position += 2
            guard let value = Int(take(upTo: end - 2), radix: radix) else { throw failure("the integer is out of range", at: start) }
            return .integer(value)
        }
        let sign = peek() == Byte.plus || peek() == Byte.minus ? 1 : 0
        if let special = readSpecialFloat(signLength: sign) { return .float(special) }
        guard let integerEnd = peek(at: sign) == UInt8(ascii: "0") ? sign + 1 : endOfDigits(from: sign) else {
            return nil
        }
        var end = integerEnd
        if peek(at: end) == Byte.dot, let fractionEnd = endOfDigits(from: end + 1) { end = fractionEnd }
        if let mark = peek(at: end), mark == UInt8(ascii: "e") || mark == UInt8(ascii: "E") {
            let exponentSign = peek(at: end + 1) == Byte.plus || peek(at: end + 1) == Byte.minus ? 1 : 0
            if let exponentEnd = endOfDigits(from: end + 1 + exponentSign) { end = exponentEnd }
        }
        if end == integerEnd {
            guard let value = Int(take(upTo: end)) else { throw failure("the integer is out of range", at: start) }
            return .integer(value)
        }
        guard let value = Double(take(upTo: end)) else { throw failure("not a valid float", at: start) }
        return .float(value)
    }

    private mutating func readSpecialFloat(signLength: Int) -> Double? {
        let negative = peek() == Byte.minus
        for (word, value) in [("inf", Double.infinity), ("nan", Double.nan)] where startsWith(word, at: signLength) {
            position += signLength + 3
            return negative ? -value : value
        }
        return nil
    }

    // MARK: - Dates and times

    /// A date-time, date or time starting here, as written; nil when none does.
    ///
    /// The forms are RFC 3339's as TOML 1.0 takes them: seconds are required, the date may
    /// be joined to the time by `T`, `t` or a space, and the date must exist (year 1 on).
    mutating func readDateTime() throws(TOMLSyntaxError) -> String? {
        let start = position
        guard let dateEnd = endOfDate(from: 0) else {
            guard let timeEnd = endOfTime(from: 0) else { return nil }
            return take(upTo: timeEnd)
        }
        var end = dateEnd
        if let separator = peek(at: end), [UInt8(ascii: "T"), UInt8(ascii: "t"), Byte.space].contains(separator),
           let timeEnd = endOfTime(from: end + 1) {
            end = timeEnd
            if let zone = peek(at: end), zone == UInt8(ascii: "Z") || zone == UInt8(ascii: "z") {
                end += 1
            } else if peek(at: end) == Byte.plus || peek(at: end) == Byte.minus, let offsetEnd = endOfHoursAndMinutes(from: end + 1) {
                end = offsetEnd
            }
        }
        guard dateExists(year: number(at: 0, digits: 4), month: number(at: 5, digits: 2), day: number(at: 8, digits: 2)) else {
            throw failure("not a valid date", at: start)
        }
        return take(upTo: end)
    }

    private func number(at offset: Int, digits: Int) -> Int {
        (offset..<offset + digits).reduce(0) { $0 * 10 + (peek(at: $1).flatMap { Self.digitValue($0, radix: 10) } ?? 0) }
    }

    /// Whether `digits` digits at `offset` read as a number in `range`.
    private func digits(at offset: Int, count: Int, in range: ClosedRange<Int>) -> Bool {
        (offset..<offset + count).allSatisfy { isDigit(at: $0) } && range.contains(number(at: offset, digits: count))
    }

    private func endOfDate(from offset: Int) -> Int? {
        guard digits(at: offset, count: 4, in: 0...9999), peek(at: offset + 4) == Byte.minus,
              digits(at: offset + 5, count: 2, in: 1...12), peek(at: offset + 7) == Byte.minus,
              digits(at: offset + 8, count: 2, in: 1...31) else { return nil }
        return offset + 10
    }

    private func endOfHoursAndMinutes(from offset: Int) -> Int? {
        guard digits(at: offset, count: 2, in: 0...23), peek(at: offset + 2) == Byte.colon,
              digits(at: offset + 3, count: 2, in: 0...59) else { return nil }
        return offset + 5
    }

    private func endOfTime(from offset: Int) -> Int? {
        guard let minutesEnd = endOfHoursAndMinutes(from: offset), peek(at: minutesEnd) == Byte.colon,
              digits(at: minutesEnd + 1, count: 2, in: 0...59) else { return nil }
        var end = minutesEnd + 3
        if peek(at: end) == Byte.dot, isDigit(at: end + 1) {
            end += 1
            while isDigit(at: end) { end += 1 }
        }
        return end
    }

    private func dateExists(year: Int, month: Int, day: Int) -> Bool {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return year >= 1 && day <= days[month - 1]
    }
}
