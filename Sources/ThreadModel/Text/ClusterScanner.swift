/// Walks a UTF-8 buffer cluster by cluster, measuring each one.
///
/// The width of a cluster is the width of its first scalar, widened to two
/// columns by a VS16 anywhere in a cluster based on a narrow emoji, plus one
/// column for a spacing mark (Mc) after a visible base; everything else in the cluster (combining
/// marks, ZWJ-joined emoji, skin tones, the second regional indicator, Hangul
/// medial and final jamo) takes no column. `docs/WIDTH.md` compares this with
/// Python's wcwidth.
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
        if pendingLength == 0, let cluster = printableASCIICluster(at: start) ?? ideographCluster(at: start) {
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
        var width = columns(of: first)
        var scalarCount = 1
        var addedSpacingMark = false
        var endsWithJoiner = first.isZeroWidthJoiner
        while end < bytes.count {
            let (value, length) = UTF8Decoding.scalar(in: bytes, at: end)
            let properties = table.properties(of: value)
            if segmenter.startsCluster(before: properties) {
                pendingProperties = properties
                pendingLength = length
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

    /// A printable ASCII byte followed by another (or the end) is a cluster by itself.
    @inline(__always)
    private mutating func printableASCIICluster(at start: Int) -> Cluster? {
        let byte = bytes[start]
        guard Self.isPrintableASCII(byte) else { return nil }
        let next = start + 1
        guard next == bytes.count || Self.isPrintableASCII(bytes[next]) else { return nil }
        segmenter.recordPlainScalar()
        position = next
        return Cluster(start: start, end: next, width: 1,
                       lineBreakClass: table.properties(of: UInt32(byte)).lineBreakClass,
                       endsWithJoiner: false)
    }

    /// An ideograph (U+4000–U+9FFF) followed by printable ASCII, another
    /// ideograph or the end is a cluster by itself, two columns wide.
    @inline(__always)
    private mutating func ideographCluster(at start: Int) -> Cluster? {
        let lead = bytes[start]
        let end = start &+ 3
        guard TextLayout.isIdeographLead(lead), end <= bytes.count,
              TextLayout.areContinuations(bytes[start &+ 1], bytes[start &+ 2]) else { return nil }
        guard end == bytes.count || Self.isPrintableASCII(bytes[end]) || TextLayout.isIdeographLead(bytes[end])
        else { return nil }
        let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[start &+ 1] & 0x3F) << 6 | UInt32(bytes[start &+ 2] & 0x3F)
        segmenter.recordPlainScalar()
        position = end
        return Cluster(start: start, end: end, width: 2, lineBreakClass: table.properties(of: value).lineBreakClass,
                       endsWithJoiner: false)
    }

    @inline(__always)
    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte &- 0x20 < 0x5F
    }

    @inline(__always)
    private func columns(of properties: ScalarProperties) -> Int {
        let widthClass = properties.widthClass
        return widthClass == 3 ? ambiguousWidth : widthClass
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
