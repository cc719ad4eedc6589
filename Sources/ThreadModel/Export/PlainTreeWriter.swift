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
    public func render(_ thread: DiscussionThread) -> String {
        var output = ""
        for line in header(of: thread) { output += line + "\n" }
        let policy = IndentPolicy(width: width)
        // For each depth on the current path: does that ancestor have siblings still to come?
        var continues: [Bool] = []
        for index in thread.treeOrder {
            let depth = thread.depth(of: index)
            continues.removeLast(max(0, continues.count - (depth - 1)))
            let levels = policy.indentedLevels(atDepth: depth)
            let ancestors = continues.prefix(levels - 1).map { $0 ? TreeGuide.line : .blank }
            let isLast = thread.isLastChild(index)
            output += trimmed(guides(ancestors + [.line])) + "\n"
            let marker = policy.showsDepth(depth) ? (ascii ? ">\(depth) " : "↳\(depth) ") : ""
            output += guides(ancestors + [isLast ? .lastBranch : .branch])
            output += layout.truncate(marker + replyHeader(thread, index), toWidth: width - levels * TreeGuide.columns) + "\n"
            let bodyGuides = guides(ancestors + [isLast ? .blank : .line])
            for line in wrapped(thread.replies[index].text, toWidth: width - levels * TreeGuide.columns) {
                output += line.isEmpty ? trimmed(bodyGuides) + "\n" : bodyGuides + line + "\n"
            }
            continues.append(!isLast)
        }
        return output
    }

    // MARK: Parts

    private func header(of thread: DiscussionThread) -> [String] {
        var lines = [layout.truncate(countsLine(thread), toWidth: width)]
        if let title = thread.title { lines.append(contentsOf: wrapped(title, toWidth: width)) }
        if let url = thread.url { lines.append(layout.truncate(clean(url), toWidth: width)) }
        let byline = [thread.post.author.map { clean($0.name) }, thread.post.time.map { clean($0.shown) }].compactMap { $0 }
        if !byline.isEmpty { lines.append(layout.truncate(byline.joined(separator: " "), toWidth: width)) }
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
        String(line.reversed().drop { $0 == " " }.reversed())
    }
}
