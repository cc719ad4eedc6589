/// A line of saved page text that introduces a reply: `AUTHORMM-DD HH:MM`, or the time alone.
struct PageHeaderLine {
    /// The author's name; nil on lines that give only the time.
    var author: String?
    /// The time, kept as written unless it carries a year.
    var time: ReplyTime?

    /// The longest author name accepted, in characters; longer prefixes are prose, not names.
    static let longestName = 24

    init(author: String?, time: ReplyTime?) {
        self.author = author
        self.time = time
    }

    /// Reads a header line: a time at the end, and before it nothing or a plausible name.
    init?(_ line: Substring) {
        // Most lines are prose: rule them out before copying any bytes.
        let utf8 = line.utf8
        guard utf8.count >= 11, let last = utf8.last, DigitScanner.isDigit(last),
              utf8[utf8.index(utf8.endIndex, offsetBy: -3)] == UInt8(ascii: ":")
        else { return nil }
        let bytes = Array(utf8)
        guard let (time, start) = Self.trailingTime(in: bytes[...]) else { return nil }
        let prefix = String(decoding: bytes[..<start], as: UTF8.self)
        let name = prefix.trimmingSpaces
        guard name.unicodeScalars.count <= Self.longestName, name.unicodeScalars.allSatisfy(Self.isNameScalar) else {
            return nil
        }
        author = name.isEmpty ? nil : name
        self.time = time
    }

    /// A time anywhere in `line`, as on the page's counts line (`发布于:02-23 10:05`).
    static func time(in line: Substring) -> ReplyTime? {
        let bytes = Array(line.utf8)
        for end in stride(from: bytes.count, through: 11, by: -1) {
            if let (time, _) = trailingTime(in: bytes[..<end]) { return time }
        }
        return nil
    }

    /// `MM-DD HH:MM` (a partial time) or `YYYY-MM-DD HH:MM` (China time) at the end of `bytes`,
    /// and where it starts.
    private static func trailingTime(in bytes: ArraySlice<UInt8>) -> (ReplyTime, Int)? {
        let start = bytes.endIndex - 11
        guard start >= bytes.startIndex, matches(bytes[start...], "dd-dd dd:dd") else { return nil }
        let partial = String(decoding: bytes[start...], as: UTF8.self)
        if start - 5 >= bytes.startIndex, matches(bytes[(start - 5)..<start], "dddd-"),
           let exact = CivilTime(iso8601: String(decoding: bytes[(start - 5)...], as: UTF8.self) + "+08:00")
        {
            return (.exact(exact), start - 5)
        }
        return (.partial(partial), start)
    }

    private static func matches(_ bytes: ArraySlice<UInt8>, _ pattern: StaticString) -> Bool {
        guard bytes.count == pattern.utf8CodeUnitCount else { return false }
        return zip(bytes, UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)).allSatisfy { byte, shape in
            shape == UInt8(ascii: "d") ? DigitScanner.isDigit(byte) : byte == shape
        }
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "-" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

extension String {
    /// The string without leading and trailing spaces (ASCII and no-break).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{A0}" || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
