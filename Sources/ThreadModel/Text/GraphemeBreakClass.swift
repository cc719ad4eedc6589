/// The Grapheme_Cluster_Break property of UAX #29, in the generator's order.
enum GraphemeBreakClass: UInt8 {
    case other, carriageReturn, lineFeed, control, extend, zeroWidthJoiner
    case regionalIndicator, prepend, spacingMark
    case hangulL, hangulV, hangulT, hangulLV, hangulLVT
}

extension GraphemeBreakClass {
    /// The class with raw value `bits`, clamped to the last case; no optional, no branch.
    @inline(__always)
    init(bits: UInt8) {
        self = unsafeBitCast(Swift.min(bits, Self.hangulLVT.rawValue), to: GraphemeBreakClass.self)
    }
}
