/// Reads tread's own JSON format, `tread-thread/1` (see docs/FORMAT.md), straight into a ``DiscussionThread``.
///
/// The pull reader fills the reply arrays as it goes, with no intermediate dictionaries; parent
/// ids are resolved at the end with one table, so a parent may appear after its replies.
enum NativeThreadImporter {
    /// The format name this importer reads.
    static let formatName = "tread-thread/1"


    private struct Document {
        var format: String?
        var source = ThreadSource.tread
        var title: String?
        var url: String?
        var declared = DeclaredCounts()
        var post = Post(text: "")
        var replies: [Reply] = []
        /// Each reply's parent as an id, resolved once all replies are read.
        var parentIDs: [String?] = []
        /// Where each reply ends in the input, for messages.
        var offsets: [Int] = []
    }

    static func read(_ input: ImportInput, options: ImportOptions) throws(ImportError) -> DiscussionThread {
        try input.withBytes { (bytes) throws(ImportError) in
            var reader = JSONReader(bytes: bytes)
            var document: Document
            do throws(JSONSyntaxError) {
                document = try readDocument(&reader, release: input.release(before:))
            } catch {
                throw ImportError(file: input.name, bytes: bytes, offset: error.offset, path: error.path, message: "expected \(error.expected)")
            }
            if document.post.author == nil, let name = options.originalPoster { document.post.author = Author(name: name) }
            return try build(document, file: input.name, bytes: bytes)
        }
    }

    // MARK: Reading

    /// Reads the document, saying after each reply how far the input has been read.
    private static func readDocument(_ reader: inout JSONReader, release: (Int) -> Void) throws(JSONSyntaxError) -> Document {
        var document = Document()
        try reader.readObject("a tread-thread/1 object") { (reader, key) throws(JSONSyntaxError) in
            if reader.key(key, is: "format") {
                let format = try reader.readString("the string \"\(formatName)\"")
                guard format == formatName else { throw reader.error("\"\(formatName)\", not \"\(format)\"") }
                document.format = format
            } else if reader.key(key, is: "thread") {
                try readThreadFields(&reader, into: &document)
            } else if reader.key(key, is: "post") {
                document.post = try readPost(&reader)
            } else if reader.key(key, is: "replies") {
                try reader.readArray("an array of replies") { (reader, _) throws(JSONSyntaxError) in
                    let (reply, parentID) = try readReply(&reader)
                    document.replies.append(reply)
                    document.parentIDs.append(parentID)
                    document.offsets.append(reader.position)
                    release(reader.position)
                }
            } else {
                try reader.skipValue()
            }
        }
        try reader.readEnd()
        guard document.format != nil else { throw reader.error("a \"format\": \"\(formatName)\" member in the top object") }
        return document
    }

    private static func readThreadFields(_ reader: inout JSONReader, into document: inout Document) throws(JSONSyntaxError) {
        try reader.readObject("an object of thread fields") { (reader, key) throws(JSONSyntaxError) in
            if reader.key(key, is: "source") {
                document.source = ThreadSource(try reader.readOptionalString() ?? ThreadSource.tread.rawValue)
            } else if reader.key(key, is: "title") {
                document.title = try reader.readOptionalString()
            } else if reader.key(key, is: "url") {
                document.url = try reader.readOptionalString()
            } else if reader.key(key, is: "reposts") {
                document.declared.reposts = try reader.readOptionalCount()
            } else if reader.key(key, is: "replies") {
                document.declared.replies = try reader.readOptionalCount()
            } else if reader.key(key, is: "likes") {
                document.declared.likes = try reader.readOptionalCount()
            } else if reader.key(key, is: "views") {
                document.declared.views = try reader.readOptionalCount()
            } else {
                try reader.skipValue()
            }
        }
    }

    private static func readPost(_ reader: inout JSONReader) throws(JSONSyntaxError) -> Post {
        var post = Post(text: "")
        var authorName: String?
        var authorID: String?
        try reader.readObject("an object for the post") { (reader, key) throws(JSONSyntaxError) in
            if reader.key(key, is: "id") {
                post.id = try readOptionalID(&reader)
            } else if reader.key(key, is: "author") {
                authorName = try reader.readOptionalString()
            } else if reader.key(key, is: "authorId") {
                authorID = try readOptionalID(&reader)
            } else if reader.key(key, is: "time") {
                post.time = try readTime(&reader)
            } else if reader.key(key, is: "text") {
                post.text = try reader.readString()
            } else if reader.key(key, is: "links") {
                post.links = try readLinks(&reader)
            } else {
                try reader.skipValue()
            }
        }
        post.author = authorName.map { Author(name: $0, id: authorID) }
        return post
    }

    private static func readReply(_ reader: inout JSONReader) throws(JSONSyntaxError) -> (Reply, parentID: String?) {
        var id: String?
        var parentID: String?
        var authorName: String?
        var authorID: String?
        var text: String?
        var reply = Reply(id: ReplyID(""), text: "")
        try reader.readObject("an object for a reply") { (reader, key) throws(JSONSyntaxError) in
            if reader.key(key, is: "id") {
                id = try readID(&reader)
            } else if reader.key(key, is: "parent") {
                parentID = try readOptionalID(&reader)
            } else if reader.key(key, is: "author") {
                authorName = try reader.readOptionalString()
            } else if reader.key(key, is: "authorId") {
                authorID = try readOptionalID(&reader)
            } else if reader.key(key, is: "time") {
                reply.time = try readTime(&reader)
            } else if reader.key(key, is: "likes") {
                reply.likes = try reader.readOptionalCount()
            } else if reader.key(key, is: "replies") {
                reply.declaredReplies = try reader.readOptionalCount()
            } else if reader.key(key, is: "featured") {
                reply.isFeatured = try reader.readBool()
            } else if reader.key(key, is: "detached") {
                reply.isDetached = try reader.readBool()
            } else if reader.key(key, is: "text") {
                text = try reader.readString()
            } else if reader.key(key, is: "links") {
                reply.links = try readLinks(&reader)
            } else {
                try reader.skipValue()
            }
        }
        guard let id else { throw reader.error("an \"id\" in every reply") }
        guard let text else { throw reader.error("a \"text\" in every reply") }
        reply.id = ReplyID(id)
        reply.text = text
        reply.author = authorName.map { Author(name: $0, id: authorID) }
        return (reply, parentID)
    }

    private static func readID(_ reader: inout JSONReader) throws(JSONSyntaxError) -> String {
        switch try reader.peekKind() {
        case .string: return try reader.readString()
        case .number: return String(try reader.readInteger("an id: a string or a whole number"))
        default: throw reader.error("an id: a string or a whole number")
        }
    }

    private static func readOptionalID(_ reader: inout JSONReader) throws(JSONSyntaxError) -> String? {
        if try reader.readNull() { return nil }
        return try readID(&reader)
    }

    private static func readTime(_ reader: inout JSONReader) throws(JSONSyntaxError) -> ReplyTime? {
        let expected = "a time: ISO 8601, a partial time such as \"02-23 11:29\", or null"
        let start = reader.position
        guard let raw = try reader.readRawString(expected) else { return nil }
        // Exact times are most of a large thread: parse them from the input, with no string made.
        if !raw.hasEscapes, CivilTime.looksLikeISO8601(raw.bytes), let time = CivilTime(iso8601UTF8: raw.bytes) {
            return .exact(time)
        }
        var again = reader
        again.rewind(to: start)
        let text = try again.readString(expected)
        guard let time = ReplyTime(stored: text) else {
            throw reader.error("an ISO 8601 time such as \"2024-02-23T11:29:00+08:00\" (\"\(text)\" is not one)")
        }
        return time
    }

    private static func readLinks(_ reader: inout JSONReader) throws(JSONSyntaxError) -> [Link] {
        var links: [Link] = []
        try reader.readArray("an array of links") { (reader, _) throws(JSONSyntaxError) in
            var text: String?
            var url: String?
            try reader.readObject("a link: {\"text\": …, \"url\": …}") { (reader, key) throws(JSONSyntaxError) in
                if reader.key(key, is: "text") {
                    text = try reader.readString()
                } else if reader.key(key, is: "url") {
                    url = try reader.readString()
                } else {
                    try reader.skipValue()
                }
            }
            guard let text, let url else { throw reader.error("a link with both \"text\" and \"url\"") }
            links.append(Link(text: text, url: url))
        }
        return links
    }

    // MARK: Building

    private static func build(_ document: Document, file: String, bytes: UnsafeBufferPointer<UInt8>) throws(ImportError) -> DiscussionThread {
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(document.replies.count)
        for (index, reply) in document.replies.enumerated() {
            if let first = indexByID.updateValue(index, forKey: reply.id.rawValue) {
                throw ImportError(
                    file: file, bytes: bytes, offset: document.offsets[index], path: "replies[\(index)].id",
                    message: "expected a unique id; \"\(reply.id)\" is also the id of replies[\(first)]"
                )
            }
        }
        var parents: [Int?] = []
        parents.reserveCapacity(document.replies.count)
        for (index, parentID) in document.parentIDs.enumerated() {
            guard let parentID else {
                parents.append(nil)
                continue
            }
            guard let parent = indexByID[parentID] else {
                throw ImportError(
                    file: file, bytes: bytes, offset: document.offsets[index], path: "replies[\(index)].parent",
                    message: "expected the id of a reply in this thread or null; no reply has id \"\(parentID)\""
                )
            }
            parents.append(parent)
        }
        do {
            return try DiscussionThread(
                source: document.source, title: document.title, url: document.url, post: document.post,
                declared: document.declared, replies: document.replies, parents: parents
            )
        } catch {
            let index = if case .cycle(let reply) = error { reply } else { 0 }
            throw ImportError(
                file: file, bytes: bytes, offset: document.offsets[index], path: "replies[\(index)].parent",
                message: "expected a parent outside the reply's own replies; the parents form a cycle"
            )
        }
    }
}
