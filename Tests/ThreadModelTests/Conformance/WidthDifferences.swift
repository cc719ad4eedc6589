/// The deliberate differences between tread's widths and wcwidth 0.7.0, each with its reason.
///
/// `docs/TEXT-LAYOUT.md` gives the same list for readers.
enum WidthDifferences {
    /// The width tread means to give `value`, given wcwidth's answer for it.
    static func expectedWidth(of value: UInt32, wcwidth: Int) -> Int {
        // C0 and C1 controls: wcwidth answers -1 (not printable). tread never
        // shows them raw (TextSanitizer turns them into pictures), so in
        // measured text they take no column.
        if wcwidth == -1 { return 0 }
        return wcwidth
    }

    /// Code point ranges, for a failure message.
    static func describe(_ values: [UInt32]) -> String {
        var ranges: [(UInt32, UInt32)] = []
        for value in values {
            if let last = ranges.last, last.1 + 1 == value {
                ranges[ranges.count - 1].1 = value
            } else {
                ranges.append((value, value))
            }
        }
        return ranges.prefix(60).map { first, last in
            first == last ? hex(first) : "\(hex(first))..\(hex(last))"
        }.joined(separator: ", ")
    }

    private static func hex(_ value: UInt32) -> String {
        "U+" + String(value, radix: 16, uppercase: true)
    }
}
