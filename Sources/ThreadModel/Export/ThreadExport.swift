/// Some replies of a thread, ready to be written in any ``ExportFormat``: the replies chosen,
/// and, with context, the replies they answer.
///
/// ```swift
/// let export = ThreadExport(thread: thread, chosen: marked, context: true)
/// let bytes = export.document(as: .markdown, classification: classification)
/// ```
public struct ThreadExport: Sendable {
    /// The whole thread.
    public let thread: DiscussionThread
    /// Whether each reply was chosen.
    public let chosen: [Bool]
    /// Whether the replies each chosen one answers go with it.
    public let context: Bool

    /// An export of the replies `chosen` marks, with the chain each answers when `context`.
    public init(thread: DiscussionThread, chosen: [Bool], context: Bool) {
        self.thread = thread
        self.chosen = chosen
        self.context = context
    }

    /// How many replies were chosen.
    public var chosenCount: Int { chosen.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// The replies written: those chosen, and with context every ancestor of one.
    ///
    /// - Complexity: O(n): each ancestor chain is climbed only until a reply already kept.
    public var kept: [Bool] {
        guard context else { return chosen }
        return ReplyFilter(thread: thread) { chosen[$0] }.shown
    }

    /// The export as a file's bytes, UTF-8.
    ///
    /// - Parameters:
    ///   - classification: gives each reply's layers, for Markdown and plain text.
    ///   - width: the columns plain text is wrapped to.
    public func document(as format: ExportFormat, classification: LayerClassification? = nil, width: Int = 80) -> [UInt8] {
        switch format {
        case .json:
            // A reply whose parent is left out hangs from its nearest kept ancestor, or the post.
            return NativeThreadWriter.data(for: thread.keeping(kept))
        case .markdown:
            return Array(MarkdownWriter(export: self, classification: classification).document().utf8)
        case .text:
            let subset = thread.keeping(kept)
            let layers = classification.map { LayerClassification(thread: subset, layers: $0.layers) }
            return Array(PlainTreeWriter(width: width).render(subset, classification: layers).utf8)
        }
    }
}
