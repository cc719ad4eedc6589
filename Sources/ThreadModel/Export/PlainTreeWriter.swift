/// Prints a thread as a tree of plain text, for pipes, files and `--plain`.
///
/// Every piece of thread text passes through ``TextSanitizer``, so the output never holds a
/// control or escape sequence, whatever the thread's authors wrote.
public struct PlainTreeWriter: Sendable {
    /// The columns to fit each line into.
    public var width: Int
    /// Whether to draw guides in ASCII (`|-`) rather than box drawing (`├─`).
    public var ascii: Bool
    /// How text is measured and wrapped.
    public var layout: TextLayout

    private var sanitizer: TextSanitizer { TextSanitizer(layout: layout) }

    /// A writer fitting lines into `width` columns (at least 20).
    public init(width: Int, ascii: Bool = false, layout: TextLayout = TextLayout()) {
        self.width = max(20, width)
        self.ascii = ascii
        self.layout = layout
    }

    /// The whole thread: a header with counts, the post, then every reply under tree guides.
    ///
    /// With `filter` (described by `label`), only what it shows, as the reader shows it: the
    /// matches in full, the replies they answer as their header alone, marked `(context)`, and
    /// under each how many replies the filter hides. With `classification`, headers end with
    /// their layer tags.
    public func render(_ thread: DiscussionThread, filter: ReplyFilter? = nil, label: String = "", classification: LayerClassification? = nil) -> String {
        var output = ""
        for line in header(of: thread, filter: filter, label: label) { output += line + "\n" }
        let policy = IndentPolicy(width: width)
        let isLast = lastShownChildren(of: thread, shown: filter?.shown)
        // For each depth on the current path: does that ancestor have siblings still to come?
        var continues: [Bool] = []
        for index in thread.treeOrder where filter?.shown[index] ?? true {
            let depth = thread.depth(of: index)
            continues.removeLast(max(0, continues.count - (depth - 1)))
            let levels = policy.indentedLevels(atDepth: depth)
            let ancestors = continues.prefix(levels - 1).map { $0 ? TreeGuide.line : .blank }
            output += trimmed(guides(ancestors + [.line])) + "\n"
            let marker = policy.showsDepth(depth) ? (ascii ? ">\(depth) " : "↳\(depth) ") : ""
            output += guides(ancestors + [isLast[index] ? .lastBranch : .branch])
            var header = marker + replyHeader(thread, index) + filterNote(on: index, in: thread, filter: filter)
            if let classification {
                header += classification.layers(of: index).map { " " + clean(classification.layers.layers[$0].tag) }.joined()
            }
            output += layout.truncate(header, toWidth: width - levels * TreeGuide.columns) + "\n"
            continues.append(!isLast[index])
            if filter?.isContext(index) == true { continue }
            let bodyGuides = guides(ancestors + [isLast[index] ? .blank : .line])
            for line in wrapped(thread.replies[index].text, toWidth: width - levels * TreeGuide.columns) {
                output += line.isEmpty ? trimmed(bodyGuides) + "\n" : bodyGuides + line + "\n"
            }
        }
        return output
    }

    /// Whether each reply is the last of its parent's children that is shown.
    ///
    /// - Complexity: O(n): each list of children is looked at once.
    private func lastShownChildren(of thread: DiscussionThread, shown: [Bool]?) -> [Bool] {
        var isLast = [Bool](repeating: false, count: thread.replies.count)
        for parent in [nil] + thread.replies.indices.map(Optional.some) {
            if let last = thread.children(of: parent).last(where: { shown?[$0] ?? true }) { isLast[last] = true }
        }
        return isLast
    }

    /// What a header adds under a filter: ` (context)` for a reply shown only for what it
    /// answers, ` · N hidden` for the replies to it the filter leaves out.
    private func filterNote(on reply: Int?, in thread: DiscussionThread, filter: ReplyFilter?) -> String {
        guard let filter else { return "" }
        var note = reply.map { filter.isContext($0) ? " (context)" : "" } ?? ""
        let hidden = filter.hiddenChildren(of: reply, in: thread)
        if hidden > 0 { note += " · \(hidden) hidden" }
        return note
    }

    // MARK: Parts

    private func header(of thread: DiscussionThread, filter: ReplyFilter?, label: String) -> [String] {
        var lines = [layout.truncate(countsLine(thread), toWidth: width)]
        if let filter {
            lines.append(layout.truncate("filter: \(clean(label)) · \(filter.matchCount) of \(thread.replies.count) shown", toWidth: width))
        }
        if let title = thread.title { lines.append(contentsOf: wrapped(title, toWidth: width)) }
        if let url = thread.url { lines.append(layout.truncate(clean(url), toWidth: width)) }
        let byline = [thread.post.author.map { clean($0.name) }, thread.post.time.map { clean($0.shown) }].compactMap { $0 }
        let note = filterNote(on: nil, in: thread, filter: filter)
        if !byline.isEmpty || !note.isEmpty {
            lines.append(layout.truncate(byline.joined(separator: " ") + note, toWidth: width))
        }
        if !thread.post.text.isEmpty {
            lines.append("")
            lines.append(contentsOf: wrapped(thread.post.text, toWidth: width))
        }
        return lines
    }

    private func countsLine(_ thread: DiscussionThread) -> String {
        let declared = thread.declared
        var parts = [clean(thread.source.rawValue)]
        if let reposts = declared.reposts { parts.append("转发 \(reposts)") }
        let loaded = thread.replies.count
        parts.append(declared.replies.map { "回复 \($0) (\(loaded) loaded)" } ?? "回复 \(loaded) loaded")
        if let likes = declared.likes { parts.append("喜欢 \(likes)") }
        if let views = declared.views { parts.append("阅读 \(views)") }
        return parts.joined(separator: " · ")
    }

    /// `author [楼主] [精] time 👍 likes 💬 replies`, leaving out what is not known.
    private func replyHeader(_ thread: DiscussionThread, _ index: Int) -> String {
        let reply = thread.replies[index]
        var parts = [reply.author.map { clean($0.name) } ?? "?"]
        if thread.isByOriginalPoster(index) { parts.append("[楼主]") }
        if reply.isFeatured { parts.append("[精]") }
        if let time = reply.time { parts.append(clean(time.shown)) }
        if let likes = reply.likes { parts.append("👍 \(likes)") }
        if let replies = reply.declaredReplies { parts.append("💬 \(replies)") }
        return parts.joined(separator: " ")
    }

    // MARK: Text

    private func wrapped(_ text: String, toWidth columns: Int) -> [String] {
        let shown = sanitizer.sanitize(text)
        return shown.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            paragraph.isEmpty ? [""] : layout.wrap(String(paragraph), toWidth: max(2, columns))
        }
    }

    /// Text for a one-line field: sanitised, with line breaks as spaces.
    private func clean(_ text: String) -> String {
        sanitizer.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }

    private func guides(_ guides: [TreeGuide]) -> String {
        guides.map { $0.drawn(ascii: ascii) }.joined()
    }

    private func trimmed(_ line: String) -> String {
        guard let last = line.lastIndex(where: { $0 != " " }) else { return "" }
        return String(line[...last])
    }
}
