/// Finds extended grapheme cluster boundaries (UAX #29, Unicode 15.0 rules) one scalar at a time.
///
/// Feed it every scalar in order; it answers whether a new cluster starts
/// before that scalar. Rule GB9c (15.1) is not applied: see `docs/UNICODE.md`.
struct GraphemeSegmenter {
    private enum EmojiState: UInt8 {
        case none, pictographic, joined
    }

    private var previous: GraphemeBreakClass?
    private var emoji = EmojiState.none
    private var regionalIndicatorPending = false

    /// A segmenter at the start of a text.
    init() {}

    /// True when a cluster starts before a scalar with `properties`; records the scalar.
    @inline(__always)
    mutating func startsCluster(before properties: ScalarProperties) -> Bool {
        if properties.isPlain, previous != nil, previous != .prepend {
            recordPlainScalar()
            return true
        }
        return startsClusterSlowly(before: properties)
    }

    /// Sets the state as after a plain scalar such as a printable ASCII character.
    @inline(__always)
    mutating func recordPlainScalar() {
        previous = .other
        emoji = .none
        regionalIndicatorPending = false
    }

    private mutating func startsClusterSlowly(before properties: ScalarProperties) -> Bool {
        let next = properties.graphemeClass
        let boundary = isBoundary(before: next, pictographic: properties.isExtendedPictographic)
        if properties.isExtendedPictographic {
            emoji = .pictographic
        } else if next == .extend, emoji == .pictographic {
            emoji = .pictographic
        } else if next == .zeroWidthJoiner, emoji == .pictographic {
            emoji = .joined
        } else {
            emoji = .none
        }
        regionalIndicatorPending = next == .regionalIndicator && (boundary || !regionalIndicatorPending)
        previous = next
        return boundary
    }

    private func isBoundary(before next: GraphemeBreakClass, pictographic: Bool) -> Bool {
        guard let previous else { return true }  // GB1
        switch (previous, next) {
        case (.carriageReturn, .lineFeed): return false  // GB3
        case (.carriageReturn, _), (.lineFeed, _), (.control, _): return true  // GB4
        case (_, .carriageReturn), (_, .lineFeed), (_, .control): return true  // GB5
        case (.hangulL, .hangulL), (.hangulL, .hangulV), (.hangulL, .hangulLV), (.hangulL, .hangulLVT):
            return false  // GB6
        case (.hangulLV, .hangulV), (.hangulLV, .hangulT), (.hangulV, .hangulV), (.hangulV, .hangulT):
            return false  // GB7
        case (.hangulLVT, .hangulT), (.hangulT, .hangulT): return false  // GB8
        case (_, .extend), (_, .zeroWidthJoiner), (_, .spacingMark): return false  // GB9, GB9a
        case (.prepend, _): return false  // GB9b
        case (.zeroWidthJoiner, _) where pictographic && emoji == .joined: return false  // GB11
        case (.regionalIndicator, .regionalIndicator): return !regionalIndicatorPending  // GB12, GB13
        default: return true  // GB999
        }
    }
}
