import ThreadModel

/// Tree guides laid out once per text layout, since every row of every item starts with them.
struct GuideGlyphs {
    private let full: [[DisplayCluster]]
    private let trimmed: [[DisplayCluster]]
    private static let guides: [TreeGuide] = [.branch, .lastBranch, .line, .blank]

    init(layout: TextLayout) {
        full = Self.guides.map { layout.clusters(of: $0.drawn(ascii: false)) }
        trimmed = Self.guides.map { layout.clusters(of: String($0.drawn(ascii: false).prefix { $0 != " " })) }
    }

    /// The clusters of `guide`; `trimmed` leaves off the spaces after it, for the last guide of
    /// a row with nothing after it.
    func clusters(of guide: TreeGuide, trimmed isTrimmed: Bool) -> [DisplayCluster] {
        let index = Self.guides.firstIndex(of: guide) ?? 0
        return isTrimmed ? trimmed[index] : full[index]
    }
}
