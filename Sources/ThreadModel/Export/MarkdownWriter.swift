/// Writes an export as Markdown: the thread's title and source, then each chosen reply as a
/// quote opening with its author, time, likes, replies and layers; with context, the replies
/// it answers enclose it as outer quotes, the first of the chain outermost.
///
/// Thread text is sanitised and its Markdown punctuation escaped, so a reply cannot make
/// headings, links or HTML of its own.
struct MarkdownWriter {
    let export: ThreadExport
    let classification: LayerClassification?

    private var thread: DiscussionThread { export.thread }
    private var sanitizer: TextSanitizer { TextSanitizer(layout: TextLayout()) }

    func document() -> String {
        var output = "# " + escaped(line: thread.title ?? "tread") + "\n\n"
        output += sourceLine() + "\n"
        for reply in thread.treeOrder where export.chosen[reply] {
            output += "\n---\n\n"
            let chain = export.context ? ancestors(of: reply) : []
            for (depth, ancestor) in chain.enumerated() {
                output += quote(ancestor, depth: depth + 1) + String(repeating: ">", count: depth + 1) + "\n"
            }
            output += quote(reply, depth: chain.count + 1)
        }
        return output
    }

    /// Where the thread came from and how much of it this is.
    private func sourceLine() -> String {
        var parts = ["Source: " + escaped(line: thread.source.rawValue)]
        if let url = thread.url { parts.append("<" + clean(url).replacingOccurrences(of: ">", with: "%3E") + ">") }
        if let author = thread.post.author { parts.append("post by **" + escaped(line: author.name) + "**") }
        parts.append("\(export.chosenCount) of \(thread.replies.count) replies")
        return parts.joined(separator: " · ")
    }

    /// The replies `reply` answers, from the top-level one down to its parent.
    private func ancestors(of reply: Int) -> [Int] {
        var chain: [Int] = []
        var current = thread.parent(of: reply)
        while let ancestor = current {
            chain.append(ancestor)
            current = thread.parent(of: ancestor)
        }
        return chain.reversed()
    }

    /// `reply` as a quote `depth` levels deep: a header line, then its text.
    private func quote(_ reply: Int, depth: Int) -> String {
        let marker = String(repeating: ">", count: depth)
        var lines = [header(of: reply), ""]
        lines += sanitizer.sanitize(thread.replies[reply].text).split(separator: "\n", omittingEmptySubsequences: false).map { escaped(line: String($0)) }
        return lines.map { $0.isEmpty ? marker + "\n" : marker + " " + $0 + "  \n" }.joined()
    }

    /// `**author** [楼主] [精] · time · 👍 likes · 💬 replies · layers`.
    private func header(of reply: Int) -> String {
        let value = thread.replies[reply]
        var name = "**" + escaped(line: value.author?.name ?? "?") + "**"
        if thread.isByOriginalPoster(reply) { name += " \\[楼主\\]" }
        if value.isFeatured { name += " \\[精\\]" }
        var parts = [name]
        if let time = value.time { parts.append(escaped(line: time.shown)) }
        if let likes = value.likes { parts.append("👍 \(likes)") }
        if let replies = value.declaredReplies { parts.append("💬 \(replies)") }
        if let classification {
            let tags = classification.layers(of: reply).map { classification.layers.layers[$0].tag }
            if !tags.isEmpty { parts.append(escaped(line: tags.joined(separator: " "))) }
        }
        return parts.joined(separator: " · ")
    }

    /// Text for one line: sanitised, line breaks as spaces, Markdown punctuation escaped.
    private func escaped(line text: String) -> String {
        var output = ""
        for character in clean(text) {
            if "\\`*_[]<>#|~".contains(character) { output.append("\\") }
            output.append(character)
        }
        // A line that starts like a list item or a numbered one would become one.
        if let first = output.first, "-+".contains(first) { return "\\" + output }
        let digits = output.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, output.dropFirst(digits.count).first == "." {
            return digits + "\\" + output.dropFirst(digits.count)
        }
        return output
    }

    private func clean(_ text: String) -> String {
        sanitizer.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }
}
