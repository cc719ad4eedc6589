/// How deep tree indentation may grow at a given width before it stops and shows depth as a number.
public struct IndentPolicy: Sendable, Equatable {
    /// Columns of text the indentation always leaves, unless the width itself is smaller.
    public static let minimumTextColumns = 40

    /// The deepest level that still gets its own guide column.
    public var deepestIndentedLevel: Int

    /// The policy for `width` columns: indent while at least 40 columns of text remain.
    public init(width: Int) {
        deepestIndentedLevel = max(1, (width - Self.minimumTextColumns) / TreeGuide.columns)
    }

    /// The number of guide columns a reply at `depth` is drawn with.
    public func indentedLevels(atDepth depth: Int) -> Int {
        min(depth, deepestIndentedLevel)
    }

    /// Whether a reply at `depth` is past the cap, so its true depth must be shown.
    public func showsDepth(_ depth: Int) -> Bool {
        depth > deepestIndentedLevel
    }
}
