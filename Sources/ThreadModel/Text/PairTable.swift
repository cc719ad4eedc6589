/// The pair rules LB23–LB30 of UAX #14 as a lookup table: no break between the two classes.
enum PairTable {
    private static let count = LineBreakClass.allCases.count

    private static let forbidden: [Bool] = {
        var table = [Bool](repeating: false, count: count * count)
        for (previous, nexts) in rules {
            for next in nexts {
                table[Int(previous.rawValue) * count + Int(next.rawValue)] = true
            }
        }
        return table
    }()

    private static let letters: [LineBreakClass] = [.alphabetic, .hebrewLetter]
    private static let hangul: [LineBreakClass] = [.hangulL, .hangulV, .hangulT, .hangulLV, .hangulLVT]

    private static let rules: [(LineBreakClass, [LineBreakClass])] = [
        // LB23, LB23a: letters and numbers; prefixes before ideographs and emoji.
        (.alphabetic, [.numeric]), (.hebrewLetter, [.numeric]), (.numeric, letters),
        (.prefixNumeric, [.ideographic, .emojiBase, .emojiModifier]),
        (.ideographic, [.postfixNumeric]), (.emojiBase, [.postfixNumeric]), (.emojiModifier, [.postfixNumeric]),
        // LB24: prefixes and postfixes before or after letters.
        (.prefixNumeric, letters), (.postfixNumeric, letters),
        (.alphabetic, [.prefixNumeric, .postfixNumeric]), (.hebrewLetter, [.prefixNumeric, .postfixNumeric]),
        // LB25: numbers such as $-1,234.5% stay whole.
        (.closePunctuation, [.postfixNumeric, .prefixNumeric]),
        (.closeParenthesis, [.postfixNumeric, .prefixNumeric]),
        (.numeric, [.postfixNumeric, .prefixNumeric, .numeric]),
        (.postfixNumeric, [.openPunctuation, .numeric]), (.prefixNumeric, [.openPunctuation, .numeric]),
        (.hyphen, [.numeric]), (.infixSeparator, [.numeric]), (.symbolAllowingBreakAfter, [.numeric]),
        // LB26, LB27: Hangul syllables.
        (.hangulL, [.hangulL, .hangulV, .hangulLV, .hangulLVT]),
        (.hangulV, [.hangulV, .hangulT]), (.hangulLV, [.hangulV, .hangulT]),
        (.hangulT, [.hangulT]), (.hangulLVT, [.hangulT]),
        (.hangulL, [.postfixNumeric]), (.hangulV, [.postfixNumeric]), (.hangulT, [.postfixNumeric]),
        (.hangulLV, [.postfixNumeric]), (.hangulLVT, [.postfixNumeric]),
        (.prefixNumeric, hangul),
        // LB28, LB29: words, and a full stop before a letter.
        (.alphabetic, letters), (.hebrewLetter, letters), (.infixSeparator, letters),
        // LB30: a narrow parenthesis against a word; LB30b: emoji modifiers.
        (.alphabetic, [.openPunctuation]), (.hebrewLetter, [.openPunctuation]), (.numeric, [.openPunctuation]),
        (.closeParenthesis, [.alphabetic, .hebrewLetter, .numeric]),
        (.emojiBase, [.emojiModifier]),
    ]

    /// True when UAX #14 keeps `previous` and `next` together.
    @inline(__always)
    static func forbidsBreak(_ previous: LineBreakClass, _ next: LineBreakClass) -> Bool {
        forbidden[Int(previous.rawValue) * count + Int(next.rawValue)]
    }
}
