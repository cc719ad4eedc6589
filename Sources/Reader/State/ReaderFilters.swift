import ThreadModel

/// The filters switched on in the reader: layers by their digits, the OP's replies only
/// (只看楼主), featured replies only.
public struct ReaderFilters: Sendable {
    /// Layers toggled on, by index; a reply in any of them passes.
    public var layers: Set<Int> = []
    /// Only the original poster's replies.
    public var originalPosterOnly = false
    /// Only featured replies.
    public var featuredOnly = false
    /// A query from the `f` prompt, with its text as typed.
    public var query: (text: String, parsed: FilterQuery)?

    /// No filters.
    public init() {}

    /// Whether any filter is on.
    public var isActive: Bool { !layers.isEmpty || originalPosterOnly || featuredOnly || query != nil }

    /// Whether `reply` passes every filter that is on; `queryMatches` holds the query's answer
    /// for every reply, worked out once for all of them.
    func passes(_ reply: Int, in thread: DiscussionThread, classification: LayerClassification, queryMatches: [Bool]?) -> Bool {
        if let queryMatches, !queryMatches[reply] { return false }
        if originalPosterOnly, !thread.isByOriginalPoster(reply) { return false }
        if featuredOnly, !thread.replies[reply].isFeatured { return false }
        guard !layers.isEmpty else { return true }
        return layers.contains { classification.masks[reply] & (1 << UInt64($0)) != 0 }
    }

    /// How the header and status bar name the filters: layer tags, 楼主, 精.
    func label(layers set: LayerSet) -> String {
        var parts = layers.sorted().map { set.layers[$0].tag }
        if originalPosterOnly { parts.append("楼主") }
        if featuredOnly { parts.append("精") }
        if let query { parts.append("“\(query.text)”") }
        return parts.joined(separator: " ")
    }
}
