import ThreadModel

/// Lays out one item of the tree — the post, or a reply with its guides, header and wrapped
/// body — as screen rows at a width. Only items on screen are ever laid out.
struct ItemLayout {
    let thread: DiscussionThread
    let navigator: TreeNavigator
    let layout: TextLayout
    let guides: GuideGlyphs
    let width: Int
    let classification: LayerClassification
    /// The filter on, if any: context replies are drawn as their header only, dimmed.
    let filter: ReplyFilter?
    /// The marked replies, whose headers open with a mark.
    let marks: Set<Int>
    /// Whether known emoticon codes are drawn as emoji.
    var emoticonsAsEmoji = false
    /// The most lines of a reply's text tree mode shows; nil for all.
    var previewLines: Int?

    private var sanitizer: TextSanitizer { TextSanitizer(layout: layout) }
    private var policy: IndentPolicy { IndentPolicy(width: width) }

    // MARK: Tree mode

    /// The rows of the item at `position` (-1: the post).
    func rows(at position: Int, folded: [Bool]) -> [Row] {
        guard position >= 0 else { return postRows() }
        let reply = navigator.reply(at: position)
        let depth = thread.depth(of: reply)
        let levels = policy.indentedLevels(atDepth: depth)
        let ancestors = ancestorGuides(of: position, levels: levels)
        let isLast = navigator.isLastChild(reply, shown: filter?.shown)
        var rows: [Row] = []
        rows.append(guideRow(ancestors + [(.line, depth)], trimmed: true))
        var header = guideRow(ancestors + [(isLast ? .lastBranch : .branch, depth)])
        header.isHeader = true
        if policy.showsDepth(depth) { header.append(clusters("↳\(depth) "), .dim) }
        appendHeader(of: reply, folded: folded, to: &header)
        rows.append(header)
        if filter?.isContext(reply) == true { return rows }
        let bodyGuides = ancestors + [(isLast ? .blank : .line, depth)]
        let textWidth = width - levels * TreeGuide.columns
        let lines = bodyLines(thread.replies[reply].paragraphs, width: textWidth, tagged: classification.masks[reply] != 0)
        let shownLines = previewLines.map { lines.count > $0 + 1 ? $0 : lines.count } ?? lines.count
        for line in lines.prefix(shownLines) {
            var row = guideRow(bodyGuides, trimmed: line.isEmpty)
            row.segments += line
            rows.append(row)
        }
        if shownLines < lines.count {
            var row = guideRow(bodyGuides)
            row.append(clusters("… \(lines.count - shownLines) more lines"), .dim)
            rows.append(row)
        }
        return rows
    }

    /// One line for the item at `position` in outline mode: guides, header, the text's start.
    func outlineRow(at position: Int, folded: [Bool]) -> Row {
        guard position >= 0 else {
            var row = Row(isHeader: true)
            appendByline(to: &row)
            row.append(clusters(" " + firstLine(of: thread.post.text)), .text)
            return row
        }
        let reply = navigator.reply(at: position)
        let depth = thread.depth(of: reply)
        let levels = policy.indentedLevels(atDepth: depth)
        var row = guideRow(ancestorGuides(of: position, levels: levels) + [(navigator.isLastChild(reply, shown: filter?.shown) ? .lastBranch : .branch, depth)])
        row.isHeader = true
        if policy.showsDepth(depth) { row.append(clusters("↳\(depth) "), .dim) }
        appendHeader(of: reply, folded: folded, to: &row)
        row.append(clusters("  " + firstLine(of: thread.replies[reply].text)), .text)
        return row
    }

    /// The full text of the item at `position`, wrapped to the width, for the reading pane.
    func paneRows(at position: Int, folded: [Bool]) -> [Row] {
        var header = Row(isHeader: true)
        let paragraphs: [Paragraph]
        if position < 0 {
            appendByline(to: &header)
            paragraphs = thread.post.paragraphs
        } else {
            let reply = navigator.reply(at: position)
            appendHeader(of: reply, folded: folded, to: &header)
            paragraphs = thread.replies[reply].paragraphs
        }
        let tagged = position < 0 || classification.masks[navigator.reply(at: position)] != 0
        return [header] + bodyLines(paragraphs, width: width, tagged: tagged).map { Row(segments: $0) }
    }

    // MARK: Parts

    private func postRows() -> [Row] {
        var byline = Row(isHeader: true)
        appendByline(to: &byline)
        if byline.segments.isEmpty { byline.append(clusters("楼主"), .dim) }
        return [byline] + bodyLines(thread.post.paragraphs, width: width).map { Row(segments: $0) }
    }

    private func appendByline(to row: inout Row) {
        if let author = thread.post.author { row.append(clusters(clean(author.name)), .originalPosterAuthor) }
        if let time = thread.post.time { row.append(clusters((row.segments.isEmpty ? "" : " ") + clean(time.shown)), .time) }
        if let filter, case let hidden = filter.hiddenChildren(of: nil, in: thread), hidden > 0 {
            row.append(clusters((row.segments.isEmpty ? "" : " ") + "· \(hidden) hidden"), .dim)
        }
    }

    private func appendHeader(of reply: Int, folded: [Bool], to row: inout Row) {
        let value = thread.replies[reply]
        let isOP = thread.isByOriginalPoster(reply)
        let isContext = filter?.isContext(reply) == true
        // Context is there to say what a match answers: shown, but quietly.
        func role(_ role: StyleRole) -> StyleRole { isContext ? .dim : role }
        let isMarked = marks.contains(reply)
        if isMarked { row.append(clusters("✓ "), .mark) }
        row.append(clusters(value.author.map { clean($0.name) } ?? "?"), isMarked ? .mark : role(isOP ? .originalPosterAuthor : .author))
        if isOP { row.append(clusters(" [楼主]"), role(.originalPosterAuthor)) }
        if value.isFeatured { row.append(clusters(" [精]"), role(.featured)) }
        if let time = value.time { row.append(clusters(" " + clean(time.shown)), role(.time)) }
        if let likes = value.likes { row.append(clusters(" 👍 \(likes)"), role(.likes)) }
        if let replies = value.declaredReplies { row.append(clusters(" 💬 \(replies)"), role(.replies)) }
        let hidden = navigator.descendantCounts[reply]
        if folded[reply], hidden > 0 {
            row.append(clusters(" ▸ \(hidden) repl\(hidden == 1 ? "y" : "ies") hidden"), .dim)
        } else if let filter, case let filtered = filter.hiddenChildren(of: reply, in: thread), filtered > 0 {
            row.append(clusters(" · \(filtered) hidden"), .dim)
        }
        // Tags last: on a narrow screen they are what is cut, not the counts.
        var mask = classification.masks[reply]
        while mask != 0 {
            let layer = mask.trailingZeroBitCount
            mask &= mask - 1
            row.append(guides.tag(layer), role(.layer(layer)))
        }
    }

    /// Guides for the ancestors drawn at this width: depths 1 up to `levels - 1`.
    private func ancestorGuides(of position: Int, levels: Int) -> [(TreeGuide, Int)] {
        let chain = navigator.ancestors(of: position).reversed()
        return chain.prefix(levels - 1).enumerated().map { depth, ancestor in
            (navigator.isLastChild(ancestor, shown: filter?.shown) ? .blank : .line, depth + 1)
        }
    }

    private func guideRow(_ row: [(TreeGuide, Int)], trimmed: Bool = false) -> Row {
        var result = Row()
        for (index, (guide, depth)) in row.enumerated() {
            result.append(guides.clusters(of: guide, trimmed: trimmed && index == row.count - 1), .guide(depth: depth))
        }
        return result
    }

    // MARK: Text

    /// Wrapped lines of `paragraphs`, each a list of segments styled by the inline spans and,
    /// when the text is `tagged` with layers, by the layer keywords in it.
    private func bodyLines(_ paragraphs: [Paragraph], width: Int, tagged: Bool = true) -> [[RowSegment]] {
        paragraphs.flatMap { paragraph -> [[RowSegment]] in
            var shown = sanitizer.sanitize(paragraph.text)
            // Spans index the text as written; sanitising rarely changes it, and then they are dropped.
            let spans = shown == paragraph.text ? paragraph.spans : []
            // Found in the whole paragraph, so a keyword split by a line break is still found.
            let keywords = RangeIndex(tagged ? keywordRanges(in: shown).map { ($0.utf8Range, $0.group) } : [])
            let emoji = RangeIndex(emoticonsAsEmoji ? emojiSpans(in: shown, spans: spans) : [])
            let spanIndex = RangeIndex(spans.map { ($0.range, $0.kind) })
            return shown.withUTF8 { bytes in
                layout.lineRanges(inUTF8: bytes, width: max(2, width)).map { range in
                    styledLine(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), at: range.lowerBound,
                               spans: spanIndex.overlapping(range), keywords: keywords.overlapping(range), emoji: emoji.overlapping(range))
                }
            }
        }
    }

    /// The emoticon codes in `text` that have an emoji, with it.
    private func emojiSpans(in text: String, spans: [InlineSpan]) -> [(range: Range<Int>, value: String)] {
        let bytes = Array(text.utf8)
        return spans.compactMap { span in
            guard span.kind == .emoticon, span.range.upperBound <= bytes.count else { return nil }
            let code = String(decoding: bytes[span.range], as: UTF8.self)
            return Emoticons.emoji(for: Substring(code)).map { (range: span.range, value: $0) }
        }
    }

    /// The layer keywords in `text`, longest first, so that one inside a longer keyword of
    /// another layer (数据 in 数据中心) takes the longer one's colour.
    private func keywordRanges(in text: String) -> [(utf8Range: Range<Int>, group: Int)] {
        classification.layers.matcher.matches(in: text).sorted { $0.utf8Range.count > $1.utf8Range.count }
    }

    /// The segments of a line starting `offset` bytes into its paragraph: runs of one style.
    /// `spans`, `keywords` and `emoji` are those of the paragraph that overlap the line.
    private func styledLine(_ line: String, at offset: Int, spans: [(range: Range<Int>, value: InlineSpan.Kind)],
                            keywords: [(range: Range<Int>, value: Int)], emoji: [(range: Range<Int>, value: String)]) -> [RowSegment] {
        var segments: [RowSegment] = []
        var offset = offset
        for cluster in layout.clusters(of: line) {
            if let emoji = emoji.first(where: { $0.range.contains(offset) }) {
                // The emoji stands for the whole code: it takes the code's first cluster, the rest go.
                if emoji.range.lowerBound == offset { segments.append(RowSegment(clusters: layout.clusters(of: emoji.value), role: .emoticon)) }
                offset += cluster.text.utf8.count
                continue
            }
            var role = spans.first { $0.range.contains(offset) }.map { Self.role(of: $0.value) } ?? .text
            if role == .text, let keyword = keywords.first(where: { $0.range.contains(offset) }) {
                role = .layerKeyword(keyword.value)
            }
            offset += cluster.text.utf8.count
            if let last = segments.indices.last, segments[last].role == role {
                segments[last].clusters.append(cluster)
            } else {
                segments.append(RowSegment(clusters: [cluster], role: role))
            }
        }
        return segments
    }

    private static func role(of kind: InlineSpan.Kind) -> StyleRole {
        switch kind {
        case .mention: .mention
        case .stock: .stock
        case .hashtag: .hashtag
        case .emoticon: .emoticon
        case .link: .link
        }
    }

    private func firstLine(of text: String) -> String {
        clean(String(text.prefix { $0 != "\n" }))
    }

    func clusters(_ text: String) -> [DisplayCluster] {
        layout.clusters(of: text)
    }

    private func clean(_ text: String) -> String {
        sanitizer.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }
}
