import ThreadModel

/// A run of clusters in one style on a screen row.
struct RowSegment: Hashable {
    var clusters: [DisplayCluster]
    var role: StyleRole
}

/// One screen row of an item, before it is placed on the frame.
struct Row: Hashable {
    var segments: [RowSegment] = []
    /// Whether the row is the item's header (drawn highlighted when the item is selected).
    var isHeader = false

    mutating func append(_ clusters: [DisplayCluster], _ role: StyleRole) {
        guard !clusters.isEmpty else { return }
        segments.append(RowSegment(clusters: clusters, role: role))
    }
}
