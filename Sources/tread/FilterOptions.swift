import ArgumentParser
import ThreadModel

/// `--filter QUERY` for commands that print or export a thread, with the layers it may name.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Keep only replies matching the query (with the replies they answer): words, \"phrases\", layer:NAME, author:NAME, likes>=N, replies>=N, is:op, is:featured, -term, OR.",
        valueName: "query"
    ))
    var filter: String?

    @OptionGroup var layerOptions: LayerOptions

    /// `thread` cut to the query's matches and their ancestors, or as it is without a query.
    ///
    /// - Throws: ``CommandFailure`` pointing at the column of a query that cannot be read.
    func apply(to thread: DiscussionThread) throws -> DiscussionThread {
        guard let filter = try replyFilter(for: thread, classification: nil) else { return thread }
        return thread.keeping(filter.shown)
    }

    /// What the query keeps of `thread`, by `classification` when it is already made, or nil
    /// without a query.
    ///
    /// - Throws: ``CommandFailure`` pointing at the column of a query that cannot be read.
    func replyFilter(for thread: DiscussionThread, classification: LayerClassification?) throws -> ReplyFilter? {
        guard let filter else { return nil }
        let classification = try classification ?? LayerClassification(thread: thread, layers: layerOptions.loadLayers())
        let layers = classification.layers
        let query: FilterQuery
        do {
            query = try FilterQuery.parse(filter, layers: layers)
        } catch {
            throw CommandFailure(message: "--filter: \(error)")
        }
        let matches = query.matches(in: thread, classification: classification, index: SearchIndex(), marks: try marks(in: thread, if: query.usesMarks))
        return ReplyFilter(thread: thread) { matches[$0] }
    }

    /// The indices of the replies marked in the reader, when the query asks about them.
    private func marks(in thread: DiscussionThread, if needed: Bool) throws -> Set<Int> {
        guard needed else { return [] }
        let ids: Set<ReplyID>
        do {
            ids = try MarkStore(thread: thread).load().marks
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        return Set(thread.replies.indices.filter { ids.contains(thread.replies[$0].id) })
    }
}
