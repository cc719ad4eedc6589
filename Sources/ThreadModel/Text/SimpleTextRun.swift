/// Measures stretches of printable ASCII and ideographs eight bytes at a time.
///
/// Within such a stretch every scalar is a cluster of its own, one column for
/// ASCII and two for an ideograph (U+4000–U+9FFF), so the width is a count of
/// byte kinds. Each eight-byte word is checked to hold only those kinds, with
/// every ideograph's two continuation bytes exactly where they belong.
enum SimpleTextRun {
    private static let lanes: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// High bit of each byte whose low seven bits lie strictly between `low` and `high`.
    @inline(__always)
    private static func between(_ sevenBits: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        ((lanes &* (0x7F &+ high)) &- sevenBits) & (sevenBits &+ lanes &* (0x7F &- low)) & highBits
    }

    /// The end of the simple stretch from `start` (a scalar boundary) in whole
    /// words, and its columns; `start` and 0 when the first word is not simple.
    ///
    /// - Complexity: O(n) in the stretch, about three instructions a byte.
    @inline(__always)
    static func measure(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, columns: Int) {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return (start, 0) }
        var index = start
        var columns = 0
        var pending: UInt64 = 0
        var lastLeads: UInt64 = 0
        while index &+ 8 <= bytes.count {
            let word = (base + index).loadUnaligned(as: UInt64.self)
            let sevenBits = word & ~highBits
            let ascii = between(sevenBits, 0x1F, 0x7F) & ~word
            let leads = between(sevenBits, 0x63, 0x6A) & word
            let continuations = ~(sevenBits &+ lanes &* 0x40) & word & highBits
            guard ascii | leads | continuations == highBits,
                  continuations == (leads &<< 8 | leads &<< 16 | pending) else { break }
            pending = leads &>> 56 | leads &>> 48
            lastLeads = leads
            // One or two per lane, summed across lanes by a multiply (no popcount on baseline x86-64).
            columns &+= Int((((ascii &>> 7) &+ (leads &>> 6)) &* lanes) &>> 56)
            index &+= 8
        }
        // An ideograph whose lead ends the last word and whose continuation
        // bytes were not checked is given back.
        if pending != 0 {
            index &-= lastLeads & (1 << 63) != 0 ? 1 : 2
            columns &-= 2
        }
        return (index, columns)
    }
}
