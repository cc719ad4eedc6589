/// Writes an export as Markdown: the thread's title and source, then each chosen reply as a
/// quote opening with its author, time, likes, replies and layers; with context, the replies
/// it answers enclose it as outer quotes, the first of the chain outermost.
///
/// Thread text is sanitised and its Markdown punctuation escaped, so a reply cannot make
/// headings, links or HTML of its own.
struct MarkdownWriter {
    let export: ThreadExport
    let classification: LayerClassification?

    /// The most ancestors quoted as a reply's context.
    static let contextDepth = 8

    private var thread: DiscussionThread { export.thread }
    private var sanitizer: TextSanitizer { TextSanitizer(layout: TextLayout()) }

    func document() -> String {
        var output = "# " + escaped(line: thread.title ?? "tread") + "\n\n"
        output += sourceLine() + "\n"
        for reply in thread.treeOrder where export.chosen[reply] {
            output += "\n---\n\n"
            let ancestors = export.context ? ancestors(of: reply) : []
            // A chain thousands deep would nest quotes thousands deep for every reply in it: the
            // nearest ancestors are enough to read a reply by, and the rest are counted.
            let chain = ancestors.suffix(Self.contextDepth)
            if chain.count < ancestors.count {
                output += "> … \(ancestors.count - chain.count) earlier replies\n>\n"
            }
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
        var output = marker + " " + header(of: reply) + "  \n" + marker + "\n"
        for line in sanitizer.sanitize(thread.replies[reply].text).utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            output += line.isEmpty ? marker + "\n" : marker + " " + Self.escapingPunctuation(line) + "  \n"
        }
        return output
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
        Self.escapingPunctuation(sanitizer.sanitize(text).utf8)
    }

    /// Sanitised text as one line, line feeds as spaces, with Markdown punctuation escaped.
    /// The punctuation is all ASCII, so the work is on bytes: replies are most of an export.
    private static func escapingPunctuation(_ line: some Collection<UInt8>) -> String {
        line.withContiguousStorageIfAvailable(escapingPunctuation(bytes:)) ?? Array(line).withUnsafeBufferPointer(escapingPunctuation(bytes:))
    }

    private static func escapingPunctuation(bytes line: UnsafeBufferPointer<UInt8>) -> String {
        let backslash = UInt8(ascii: "\\")
        var output: [UInt8] = []
        output.reserveCapacity(line.count + 8)
        // A line that starts like a list item or a numbered one would become one.
        let leadingDigits = line.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        if let first = line.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { output.append(backslash) }
        for (offset, byte) in line.enumerated() {
            if isMarkdownPunctuation(byte) || (offset == leadingDigits && offset > 0 && byte == UInt8(ascii: ".")) {
                output.append(backslash)
            }
            output.append(byte == 0x0A ? 0x20 : byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isMarkdownPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"): true
        default: false
        }
    }

    private func clean(_ text: String) -> String {
        sanitizer.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }
}
