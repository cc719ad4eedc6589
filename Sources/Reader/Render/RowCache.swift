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

    private var key: Key?
    private var rows: [Int: (folded: Bool, rows: [Row])] = [:]

    /// The most items kept; past it the cache starts again, which bounds memory on long scrolls.
    private let limit = 4096

    /// The rows of the item at `position`, laid out by `make` when not cached for `key`.
    func rows(at position: Int, for key: Key, folded: Bool, make: () -> [Row]) -> [Row] {
        if key != self.key || rows.count >= limit {
            rows.removeAll(keepingCapacity: true)
            self.key = key
        }
        if let cached = rows[position], cached.folded == folded { return cached.rows }
        let made = make()
        rows[position] = (folded, made)
        return made
    }
}
