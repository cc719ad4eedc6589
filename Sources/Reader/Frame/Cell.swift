/// One screen cell: a grapheme cluster, its width, and its style role.
///
/// A wide cluster fills its cell and the next, which holds a continuation (`width` 0, empty
/// text); nothing is ever written over half of a wide cluster.
public struct Cell: Hashable, Sendable {
    /// The cluster shown; empty in a continuation cell.
    public var text: String
    /// 1 or 2 for a cluster, 0 for the right half of a wide one.
    public var width: Int
    /// What the cell is, for colouring.
    public var role: StyleRole
    /// Whether the cell belongs to the selected reply (drawn highlighted).
    public var isSelected: Bool

    /// A blank cell.
    public static let blank = Cell(text: " ", width: 1, role: .text, isSelected: false)

    /// A cell showing `text` (one cluster of `width` columns).
    public init(text: String, width: Int, role: StyleRole, isSelected: Bool = false) {
        self.text = text
        self.width = width
        self.role = role
        self.isSelected = isSelected
    }

    /// Whether this is the right half of a wide cluster.
    public var isContinuation: Bool { width == 0 }
}
