/// Ranges of a paragraph's text with a value each, such as keyword matches or spans, from which
/// each line takes the few that overlap it by bisection.
///
/// Looking each cluster up in all of a paragraph's ranges made laying out a long paragraph
/// quadratic; a reply of a million keywords took minutes.
struct RangeIndex<Value> {
    /// The ranges by where they start, each with its place in the order it was given.
    private let items: [(range: Range<Int>, value: Value, rank: Int)]
    /// The longest range's length: no range that starts further back can reach a line.
    private let longest: Int

    /// An index of `ranges`, the first of which wins where they overlap.
    init(_ ranges: [(range: Range<Int>, value: Value)]) {
        items = ranges.enumerated()
            .map { (range: $0.element.range, value: $0.element.value, rank: $0.offset) }
            .sorted { ($0.range.lowerBound, $0.rank) < ($1.range.lowerBound, $1.rank) }
        longest = ranges.map(\.range.count).max() ?? 0
    }

    /// The ranges that overlap `line`, in the order they were given.
    func overlapping(_ line: Range<Int>) -> [(range: Range<Int>, value: Value)] {
        guard !items.isEmpty else { return [] }
        let first = startIndex(atOrAfter: line.lowerBound - longest)
        let end = startIndex(atOrAfter: line.upperBound)
        return items[first..<max(first, end)]
            .filter { $0.range.overlaps(line) }
            .sorted { $0.rank < $1.rank }
            .map { ($0.range, $0.value) }
    }

    /// The first item whose range starts at or after `offset`.
    private func startIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if items[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
