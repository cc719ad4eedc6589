/// Walks a UTF-8 buffer cluster by cluster, measuring each one.
///
/// The width of a cluster is the width of its first scalar, widened to two
/// columns by a VS16 anywhere in a cluster based on a narrow emoji, plus one
/// column for a spacing mark (Mc) after a visible base; everything else in
/// the cluster (combining marks, ZWJ-joined emoji, skin tones, the second
/// regional indicator, Hangul medial and final jamo) takes no column.
/// `docs/TEXT-LAYOUT.md` compares this with Python's wcwidth.
struct ClusterScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let ambiguousWidth: Int
    private let table = PropertyTable.shared
    private var position = 0
    private var segmenter = GraphemeSegmenter()
    /// The first scalar of the next cluster, when already decoded: its length is 0 when not.
    private var pendingProperties = ScalarProperties(rawValue: 0)
    private var pendingLength = 0

    /// A scanner of `bytes`, which must outlive it, from the cluster boundary at `start`.
    init(bytes: UnsafeBufferPointer<UInt8>, ambiguousWidth: AmbiguousWidth, startingAt start: Int = 0) {
        self.bytes = bytes
        self.ambiguousWidth = ambiguousWidth.rawValue
        position = start
    }

    /// The byte offset where the next cluster starts.
    var nextStart: Int { position }

    /// The next cluster, or nil at the end of the buffer.
    @inline(__always)
    mutating func next() -> Cluster? {
        let start = position
        guard start < bytes.count else { return nil }
        if pendingLength == 0, let cluster = singleScalarCluster(at: start) {
            return cluster
        }
        let first: ScalarProperties
        var end: Int
        if pendingLength > 0 {
            first = pendingProperties
            end = start + pendingLength
            pendingLength = 0
        } else {
            let (value, length) = UTF8Decoding.scalar(in: bytes, at: start)
            first = table.properties(of: value)
            _ = segmenter.startsCluster(before: first)
            end = start + length
        }
        var width = first.columns(ambiguousWidth: ambiguousWidth)
        var scalarCount = 1
        var addedSpacingMark = false
        var endsWithJoiner = first.isZeroWidthJoiner
        while end < bytes.count {
            let (value, length) = UTF8Decoding.scalar(in: bytes, at: end)
            let properties = table.properties(of: value)
            if segmenter.startsCluster(before: properties) {
                // A plain scalar is left to be read again, so that the fast
                // paths and runs can take it; any other is kept decoded.
                if !properties.isPlain {
                    pendingProperties = properties
                    pendingLength = length
                }
                break
            }
            if value == 0xFE0F, first.widensWithEmojiSelector {
                width = max(width, 2)
            } else if properties.isSpacingMark, width > 0, !addedSpacingMark {
                width += 1
                addedSpacingMark = true
            }
            endsWithJoiner = properties.isZeroWidthJoiner
            scalarCount += 1
            end += length
        }
        position = end
        let lineBreakClass = Self.clusterClass(first.lineBreakClass, scalarCount: scalarCount)
        return Cluster(start: start, end: end, width: width, lineBreakClass: lineBreakClass,
                       endsWithJoiner: endsWithJoiner)
    }

    /// The number of ideographs from the current position that are each a
    /// cluster of line-break class ID: U+4E00–U+9FFF, the last one not followed
    /// by a mark or joiner.
    func ideographRunLength() -> Int {
        guard pendingLength == 0 else { return 0 }
        var index = position
        var count = 0
        while index &+ 3 <= bytes.count {
            let lead = bytes[index], second = bytes[index &+ 1]
            guard lead &- 0xE5 < 5 || (lead == 0xE4 && second >= 0xB8),
                  TextLayout.areContinuations(second, bytes[index &+ 2]) else { break }
            index &+= 3
            count &+= 1
        }
        if count > 0, mayExtendCluster(at: index) {
            count &-= 1
        }
        return count
    }

    /// True when the byte at `index` shows, by itself, that a new cluster
    /// starts there after a plain scalar: the end, printable ASCII, or an ideograph.
    @inline(__always)
    private func startsClusterByLead(at index: Int) -> Bool {
        index == bytes.count || Self.isPrintableASCII(bytes[index]) || TextLayout.isIdeographLead(bytes[index])
    }

    /// True when the scalar at `index` would join a plain scalar before it:
    /// a mark, a joiner or a spacing mark (Extend, ZWJ, SpacingMark).
    @inline(__always)
    private func mayExtendCluster(at index: Int) -> Bool {
        if startsClusterByLead(at: index) { return false }
        let properties = table.properties(of: UTF8Decoding.scalar(in: bytes, at: index).value)
        switch properties.graphemeClass {
        case .extend, .zeroWidthJoiner, .spacingMark: return true
        default: return false
        }
    }

    /// The number of ASCII letters and digits from the current position that
    /// are each a cluster: the last one not followed by a mark or joiner. Looks at
    /// no more than `limit` of them: a run longer than a line is not placed whole,
    /// and counting all of a long one at each of its letters would be quadratic.
    func wordRunLength(atMost limit: Int) -> Int {
        guard pendingLength == 0 else { return 0 }
        var index = position
        let end = min(bytes.count, position &+ limit)
        while index < end, Self.isASCIIAlphanumeric(bytes[index]) {
            index &+= 1
        }
        var count = index &- position
        if count > 0, mayExtendCluster(at: index) {
            count &-= 1
        }
        return count
    }

    /// True when the next byte leads a scalar in U+4000–U+9FFF (and no scalar is pending).
    var nextByteIsIdeographLead: Bool {
        pendingLength == 0 && position < bytes.count && TextLayout.isIdeographLead(bytes[position])
    }

    /// True when the next byte is an ASCII letter or digit (and no scalar is pending).
    var nextByteIsAlphanumeric: Bool {
        pendingLength == 0 && position < bytes.count && Self.isASCIIAlphanumeric(bytes[position])
    }

    /// The byte just before the current position.
    var lastByte: UInt8 { bytes[position &- 1] }

    /// Moves past `byteCount` bytes of plain clusters that a run length counted.
    mutating func skip(_ byteCount: Int) {
        position &+= byteCount
        segmenter.recordPlainScalar()
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// A plain scalar (grapheme class Other, not an emoji), ASCII included,
    /// followed by printable ASCII, an ideograph or the end is a cluster by itself.
    @inline(__always)
    private mutating func singleScalarCluster(at start: Int) -> Cluster? {
        let (value, length) = UTF8Decoding.scalar(in: bytes, at: start)
        let end = start &+ length
        guard startsClusterByLead(at: end) else { return nil }
        let properties = table.properties(of: value)
        guard properties.isPlain else { return nil }
        segmenter.recordPlainScalar()
        position = end
        return Cluster(start: start, end: end, width: properties.columns(ambiguousWidth: ambiguousWidth),
                       lineBreakClass: properties.lineBreakClass, endsWithJoiner: false)
    }

    @inline(__always)
    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte &- 0x20 < 0x5F
    }

    /// LB9 and LB10: a cluster takes its base's class; marks with no base act as letters.
    @inline(__always)
    private static func clusterClass(_ base: LineBreakClass, scalarCount: Int) -> LineBreakClass {
        switch base {
        case .combiningMark, .zeroWidthJoiner: .alphabetic
        case .space where scalarCount > 1: .alphabetic
        default: base
        }
    }
}
