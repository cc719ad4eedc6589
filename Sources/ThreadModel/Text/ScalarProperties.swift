/// What tread's text layout knows about one code point, packed in 32 bits.
///
/// Bits 0–1: width class (0 zero, 1 narrow, 2 wide, 3 East Asian ambiguous);
/// 2–5: ``GraphemeBreakClass``; 6: Extended_Pictographic; 7: widened to two
/// columns by VS16; 8–13: ``LineBreakClass``; 14: spacing combining mark (Mc).
struct ScalarProperties: Equatable {
    /// The packed bits, as the generator writes them.
    let rawValue: UInt32

    /// The properties of `scalar`, from the generated tables.
    @inline(__always)
    init(of scalar: UInt32) {
        self = PropertyTable.shared.properties(of: scalar)
    }

    @inline(__always)
    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// 0, 1, 2, or 3 for an East Asian ambiguous character.
    @inline(__always)
    var widthClass: Int { Int(rawValue & 0b11) }

    /// The columns of the scalar alone, ambiguous characters taking `ambiguousWidth`.
    @inline(__always)
    func columns(ambiguousWidth: Int) -> Int {
        widthClass == 3 ? ambiguousWidth : widthClass
    }

    /// The Grapheme_Cluster_Break value.
    @inline(__always)
    var graphemeClass: GraphemeBreakClass {
        GraphemeBreakClass(bits: UInt8(truncatingIfNeeded: rawValue &>> 2) & 0xF)
    }

    /// U+200D ZERO WIDTH JOINER (grapheme class ZWJ).
    @inline(__always)
    var isZeroWidthJoiner: Bool { (rawValue &>> 2) & 0xF == UInt32(GraphemeBreakClass.zeroWidthJoiner.rawValue) }

    /// Extended_Pictographic: an emoji or a code point reserved for one.
    @inline(__always)
    var isExtendedPictographic: Bool { rawValue & (1 << 6) != 0 }

    /// True when the scalar is grapheme class Other and not pictographic:
    /// such a scalar starts a cluster after anything but Prepend.
    @inline(__always)
    var isPlain: Bool { rawValue & 0b111_1100 == 0 }

    /// True when the scalar is grapheme class Other, emoji included: such a
    /// scalar after another of class Other always starts a cluster.
    @inline(__always)
    var isClassOther: Bool { rawValue & 0b11_1100 == 0 }

    /// A narrow emoji that VS16 (U+FE0F) turns into a two-column emoji.
    @inline(__always)
    var widensWithEmojiSelector: Bool { rawValue & (1 << 7) != 0 }

    /// The line-break class after tread's Chinese tailoring.
    @inline(__always)
    var lineBreakClass: LineBreakClass {
        LineBreakClass(bits: UInt8(truncatingIfNeeded: rawValue &>> 8) & 0x3F)
    }

    /// General_Category Mc: a vowel sign that takes a column after its base.
    @inline(__always)
    var isSpacingMark: Bool { rawValue & (1 << 14) != 0 }
}
