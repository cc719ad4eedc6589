/// Laid-out rows of the items shown lately, so a keypress lays out only what newly comes on
/// screen. Rows depend on the width, the sibling order (which sets positions and guides), the
/// text layout and whether the item is folded; search
/// highlights and the selection are applied when rows are placed, so they need no new layout.
final class RowCache {
    private var width = -1
    private var sorting = ReplyOrder.thread
    private var rows: [Int: (folded: Bool, rows: [Row])] = [:]

    /// The most items kept; past it the cache starts again, which bounds memory on long scrolls.
    private let limit = 4096

    /// The rows of the item at `position`, laid out by `make` when not cached for this width
    /// and order.
    func rows(at position: Int, width: Int, sorting: ReplyOrder, folded: Bool, make: () -> [Row]) -> [Row] {
        if width != self.width || sorting != self.sorting || rows.count >= limit {
            rows.removeAll(keepingCapacity: true)
            self.width = width
            self.sorting = sorting
        }
        if let cached = rows[position], cached.folded == folded { return cached.rows }
        let made = make()
        rows[position] = (folded, made)
        return made
    }
}
