/// A UAX #14 line-break class after LB1 resolution and tread's Chinese tailoring.
///
/// Raw values follow the generator's `LB` list (Scripts/generate-unicode-tables.py);
/// the comment on each case is its short name in UAX #14.
enum LineBreakClass: UInt8, CaseIterable {
    case mandatoryBreak  // BK
    case carriageReturn  // CR
    case lineFeed  // LF
    case combiningMark  // CM
    case nextLine  // NL
    case wordJoiner  // WJ
    case zeroWidthSpace  // ZW
    case glue  // GL
    case space  // SP
    case zeroWidthJoiner  // ZWJ
    case breakBothSides  // B2
    case breakAfter  // BA
    case breakBefore  // BB
    case hyphen  // HY
    case contingentBreak  // CB
    case closePunctuation  // CL
    case closeParenthesis  // CP
    case exclamation  // EX
    case inseparable  // IN
    case nonStarter  // NS
    case openPunctuation  // OP
    case quotation  // QU
    case infixSeparator  // IS
    case numeric  // NU
    case postfixNumeric  // PO
    case prefixNumeric  // PR
    case symbolAllowingBreakAfter  // SY
    case alphabetic  // AL
    case emojiBase  // EB
    case emojiModifier  // EM
    case hangulLV  // H2
    case hangulLVT  // H3
    case hebrewLetter  // HL
    case ideographic  // ID
    case hangulL  // JL
    case hangulV  // JV
    case hangulT  // JT
    case regionalIndicator  // RI
}

extension LineBreakClass {
    /// The class with raw value `bits`, clamped to the last case; no optional, no branch.
    @inline(__always)
    init(bits: UInt8) {
        self = unsafeBitCast(Swift.min(bits, Self.regionalIndicator.rawValue), to: LineBreakClass.self)
    }
}
