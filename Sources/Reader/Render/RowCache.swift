import ThreadModel

/// Laid-out rows of the items shown lately, so a keypress lays out only what newly comes on
/// screen. Rows depend on what `Key` holds (the sibling order sets positions and guides) and
/// on whether the item is folded; search highlights and the selection are applied when rows
/// are placed, so they need no new layout.
final class RowCache {
    /// What every cached row was laid out for; when it changes the cache starts again.
    struct Key: Equatable {
        var width: Int
        var sorting: ReplyOrder
        var layout: TextLayout
        var filterGeneration: Int
        var marksGeneration: Int
        var emoticonsAsEmoji: Bool
        var previewLines: Int?
        var asciiGuides: Bool
    }

    /// An item's rows, and where a search matched in each, found when first drawn.
    private struct Entry {
        var folded: Bool
        var rows: [Row]
        var searchMatches: (target: [UInt8], columns: [[Range<Int>]])?
    }

    private var key: Key?
    private var rows: [Int: Entry] = [:]
    /// The cached positions in the order they came; once full, a ring whose oldest goes first.
    private var order: [Int] = []
    private var oldest = 0

    /// The most items kept. Past it the oldest goes as each new one comes: dropping them all at
    /// once made one keypress in a few hundred pay for freeing thousands of rows.
    private let limit = 4096

    /// The rows of the item at `position`, laid out by `make` when not cached for `key`.
    func rows(at position: Int, for key: Key, folded: Bool, make: () -> [Row]) -> [Row] {
        if key != self.key {
            rows.removeAll(keepingCapacity: true)
            order.removeAll(keepingCapacity: true)
            oldest = 0
            self.key = key
        }
        if let cached = rows[position], cached.folded == folded { return cached.rows }
        let made = make()
        if rows.updateValue(Entry(folded: folded, rows: made), forKey: position) == nil { remember(position) }
        return made
    }

    /// The columns where each of the cached rows at `position` shows `target`, found by `find`
    /// the first time: the search highlight costs nothing on later frames.
    func searchMatches(at position: Int, target: [UInt8], find: ([Row]) -> [[Range<Int>]]) -> [[Range<Int>]] {
        guard let entry = rows[position] else { return [] }
        if let cached = entry.searchMatches, cached.target == target { return cached.columns }
        let columns = find(entry.rows)
        rows[position]?.searchMatches = (target, columns)
        return columns
    }

    /// How many items are cached.
    var count: Int { rows.count }

    private func remember(_ position: Int) {
        guard order.count >= limit else {
            order.append(position)
            return
        }
        rows.removeValue(forKey: order[oldest])
        order[oldest] = position
        oldest = (oldest + 1) % limit
    }
}
