import ThreadModel

/// Tree guides and layer tags laid out once per text layout, since nearly every row and
/// header carries them.
struct GuideGlyphs {
    private let full: [[DisplayCluster]]
    private let trimmed: [[DisplayCluster]]
    private let tags: [[DisplayCluster]]
    private static let guides: [TreeGuide] = [.branch, .lastBranch, .line, .blank]

    init(layout: TextLayout, layers: LayerSet, ascii: Bool = false) {
        full = Self.guides.map { layout.clusters(of: $0.drawn(ascii: ascii)) }
        trimmed = Self.guides.map { layout.clusters(of: String($0.drawn(ascii: ascii).prefix { $0 != " " })) }
        let sanitizer = TextSanitizer(layout: layout)
        tags = layers.layers.map { layout.clusters(of: " " + sanitizer.sanitize($0.tag).split(separator: "\n").joined(separator: " ")) }
    }

    /// The tag of layer `layer`, with the space before it.
    func tag(_ layer: Int) -> [DisplayCluster] {
        tags.indices.contains(layer) ? tags[layer] : []
    }

    /// The clusters of `guide`; `trimmed` leaves off the spaces after it, for the last guide of
    /// a row with nothing after it.
    func clusters(of guide: TreeGuide, trimmed isTrimmed: Bool) -> [DisplayCluster] {
        let index = Self.guides.firstIndex(of: guide) ?? 0
        return isTrimmed ? trimmed[index] : full[index]
    }
}
