/// Reads a Xueqiu post page saved as text: a counts line, the post, `精彩讨论` and `全部讨论`.
///
/// The page loses what its HTML knew: ids, most authors, years. Replies therefore get ids made
/// from their content, partial times stay as written, a featured reply repeated under 全部讨论 is
/// merged into one, and `回复@NAME:` is the only nesting there is.
enum XueqiuPageImporter {
    private enum Section { case post, featured, all }

    private static let featuredHeading = "精彩讨论"
    private static let allHeading = "全部讨论"

    /// A reply read from the page, before merging and nesting.
    private struct Entry {
        var header: PageHeaderLine?
        var text: String
        var isFeatured: Bool
    }

    /// Whether `text` looks like a saved Xueqiu page: a counts line first, or its section headings.
    static func looksLikePage(_ text: String) -> Bool {
        var lines = text.split(separator: "\n", maxSplits: 200, omittingEmptySubsequences: true).makeIterator()
        guard let first = lines.next() else { return false }
        if count(after: "转发", in: first) != nil, count(after: "回复", in: first) != nil { return true }
        while let line = lines.next() {
            let trimmed = trim(line)
            if trimmed == featuredHeading || trimmed == allHeading { return true }
        }
        return false
    }

    static func read(_ input: ImportInput, options: ImportOptions) throws(ImportError) -> DiscussionThread {
        // Split by bytes: a Character split would walk grapheme clusters and treat "\r\n" as one.
        let text = input.text
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { trim(Substring($0)) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let countsLine = lines.firstIndex(where: { !$0.isEmpty }) else {
            throw ImportError(file: input.name, message: "empty input; expected a thread")
        }
        let declared = DeclaredCounts(
            reposts: count(after: "转发", in: lines[countsLine]),
            replies: count(after: "回复", in: lines[countsLine]),
            likes: count(after: "喜欢", in: lines[countsLine])
        )
        var postLines: [Substring] = []
        var entries: [Entry] = []
        var section = Section.post
        var pending: (header: PageHeaderLine, line: Int)?
        var block: [Substring] = []

        func finishBlock() {
            guard !block.isEmpty else { return }
            entries.append(Entry(header: pending?.header, text: block.joined(separator: "\n"), isFeatured: section == .featured))
            pending = nil
            block = []
        }
        func requireNoPendingHeader() throws(ImportError) {
            guard let pending else { return }
            throw ImportError(file: input.name, line: pending.line, message: "expected a reply's text after this author and time line")
        }

        for number in (countsLine + 1)..<lines.count {
            let line = lines[number]
            if line == featuredHeading || line == allHeading {
                finishBlock()
                try requireNoPendingHeader()
                section = line == featuredHeading ? .featured : .all
            } else if section == .post {
                if !line.isEmpty { postLines.append(line) }
            } else if line.isEmpty {
                finishBlock()
            } else if block.isEmpty, let header = PageHeaderLine(line) {
                try requireNoPendingHeader()
                pending = (header, number + 1)
            } else {
                block.append(line)
            }
        }
        finishBlock()
        try requireNoPendingHeader()

        let post = Post(
            author: options.originalPoster.map { Author(name: $0) },
            time: PageHeaderLine.time(in: lines[countsLine]),
            text: postLines.joined(separator: "\n")
        )
        let replies = identified(merged(entries))
        let parents = nesting(of: replies)
        do {
            return try DiscussionThread(source: .xueqiu, post: post, declared: declared, replies: replies, parents: parents)
        } catch {
            // Nesting only points back to earlier replies, so no cycle can form.
            throw ImportError(file: input.name, message: "replies do not form a tree (\(error))")
        }
    }

    // MARK: Steps

    /// Merges each reply that appears in both sections into its first occurrence.
    private static func merged(_ entries: [Entry]) -> [Entry] {
        var result: [Entry] = []
        // Keyed by a byte hash: String's own hashing normalises every CJK text first, which
        // dominated the import. Texts match byte for byte, as the page repeats them.
        var indexByText: [UInt64: Int] = [:]
        for entry in entries {
            let key = ContentHash.of(entry.text)
            guard let index = indexByText[key], result[index].isFeatured != entry.isFeatured,
                  result[index].text.utf8.elementsEqual(entry.text.utf8)
            else {
                if indexByText[key] == nil { indexByText[key] = result.count }
                result.append(entry)
                continue
            }
            let (featured, other) = entry.isFeatured ? (entry, result[index]) : (result[index], entry)
            result[index].header = PageHeaderLine(
                author: featured.header?.author ?? other.header?.author,
                time: featured.header?.time ?? other.header?.time
            )
            result[index].isFeatured = true
        }
        return result
    }

    /// Gives each entry an id from its author, time and text, so re-importing finds the same ids.
    private static func identified(_ entries: [Entry]) -> [Reply] {
        var used: [UInt64: Int] = [:]
        return entries.map { entry in
            let author = entry.header?.author
            let time = entry.header?.time
            var hash = ContentHash()
            hash.add(author ?? "")
            hash.add(time?.stored ?? "")
            hash.add(entry.text)
            var id = "p" + hash.hexDigest
            let seen = used[hash.value, default: 0]
            used[hash.value] = seen + 1
            // The same words by the same author at the same minute are still two replies.
            if seen > 0 { id += "-\(seen + 1)" }
            return Reply(
                id: ReplyID(id), author: author.map { Author(name: $0) }, time: time,
                isFeatured: entry.isFeatured, text: entry.text
            )
        }
    }

    /// Parents from `回复@NAME:` prefixes: the latest earlier reply by NAME.
    private static func nesting(of replies: [Reply]) -> [Int?] {
        var latestByAuthor: [String: Int] = [:]
        var parents: [Int?] = []
        parents.reserveCapacity(replies.count)
        for (index, reply) in replies.enumerated() {
            parents.append(repliedName(in: reply.text).flatMap { latestByAuthor[$0] })
            if let name = reply.author?.name { latestByAuthor[name] = index }
        }
        return parents
    }

    /// NAME in a text starting `回复@NAME:` or `回复@NAME：`.
    static func repliedName(in text: String) -> String? {
        guard text.utf8.starts(with: "回复@".utf8) else { return nil }
        let rest = text.dropFirst(3).prefix(41)
        guard let colon = rest.firstIndex(where: { $0 == ":" || $0 == "：" }), colon > rest.startIndex else { return nil }
        return String(rest[..<colon])
    }

    // MARK: Lines

    /// The number after `label` (and any `:`, `：` or spaces), e.g. 14 in `转发:14`.
    static func count(after label: String, in line: Substring) -> Int? {
        guard let range = line.range(of: label) else { return nil }
        let rest = line[range.upperBound...].drop { $0 == ":" || $0 == "：" || $0 == " " || $0 == "\u{A0}" }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }

    private static func trim(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last == "\r" || last == " " || last == "\t" || last == "\u{A0}" { line.removeLast() }
        return line
    }
}
