/// The Grapheme_Cluster_Break property of UAX #29, in the generator's order.
enum GraphemeBreakClass: UInt8 {
    case other, carriageReturn, lineFeed, control, extend, zeroWidthJoiner
    case regionalIndicator, prepend, spacingMark
    case hangulL, hangulV, hangulT, hangulLV, hangulLVT
}
