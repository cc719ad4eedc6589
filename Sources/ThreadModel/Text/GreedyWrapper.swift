/// Fills one paragraph's lines greedily from a stream of clusters and break opportunities.
struct GreedyWrapper {
    private let width: Int
    private var lineStart: Int
    /// Columns from `lineStart` up to the current position, trailing spaces included.
    private var lineWidth = 0
    /// End of the line's last non-space cluster: trailing spaces are not part of the line.
    private var contentEnd: Int
    /// The last break opportunity in the line: where the line would end and the next begin.
    private var opportunity: (lineEnd: Int, nextStart: Int, widthBefore: Int)?

    /// Columns left on the line being made.
    var room: Int { width &- lineWidth }

    /// A wrapper for a paragraph starting at byte `start`, making lines of at most `width` columns.
    init(start: Int, width: Int) {
        self.width = width
        lineStart = start
        contentEnd = start
    }

    /// Places `cluster`; `breakable` says whether a line may break before it.
    mutating func add(_ cluster: Cluster, breakable: Bool, to lines: inout [Range<Int>]) {
        if cluster.lineBreakClass == .space {
            lineWidth += cluster.width
            return
        }
        if breakable, cluster.start > lineStart {
            opportunity = (contentEnd, cluster.start, lineWidth)
        }
        if lineWidth + cluster.width > width {
            breakLine(before: cluster, to: &lines)
        }
        lineWidth += cluster.width
        contentEnd = cluster.end
    }

    /// Places `count` ideographs of three bytes each from byte `start`, after
    /// an ideograph: a line may break before each, so whole lines fill at once.
    mutating func addIdeographs(from start: Int, count: Int, to lines: inout [Range<Int>]) {
        var placed = 0
        while placed < count {
            var room = (width &- lineWidth) / 2
            if room == 0 {
                lines.append(lineStart..<contentEnd)
                lineStart = start &+ 3 &* placed
                lineWidth = 0
                room = width / 2
            }
            let taken = Swift.min(room, count &- placed)
            placed &+= taken
            lineWidth &+= 2 &* taken
            contentEnd = start &+ 3 &* placed
        }
        let last = start &+ 3 &* (count &- 1)
        opportunity = last > lineStart ? (last, last, lineWidth &- 2) : nil
    }

    /// Places an unbreakable stretch of `columns` one-column clusters ending
    /// at byte `end` when it fits on the line; false, placing nothing, when not.
    mutating func addUnbreakable(endingAt end: Int, columns: Int) -> Bool {
        guard lineWidth &+ columns <= width else { return false }
        lineWidth &+= columns
        contentEnd = end
        return true
    }

    /// Ends the paragraph's last line.
    mutating func finish(to lines: inout [Range<Int>]) {
        lines.append(lineStart..<contentEnd)
    }

    private mutating func breakLine(before cluster: Cluster, to lines: inout [Range<Int>]) {
        if let opportunity {
            lines.append(lineStart..<opportunity.lineEnd)
            lineStart = opportunity.nextStart
            lineWidth -= opportunity.widthBefore
            self.opportunity = nil
        }
        if lineWidth + cluster.width > width, cluster.start > lineStart {
            // No allowed break leaves room: break between clusters.
            lines.append(lineStart..<contentEnd)
            lineStart = cluster.start
            lineWidth = 0
        }
    }
}
