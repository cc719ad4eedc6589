/// Reads Xueqiu API JSON: pages of `statuses/v3/comments.json` and, optionally, the post from
/// `statuses/show.json`, merged into one thread with duplicates (by id) dropped.
enum XueqiuJSONImporter {
    /// A comment read from a page, with the ids that place it in the tree.
    private struct Record {
        var reply: Reply
        /// The comment it answers (`in_reply_to_comment_id`), for listed children.
        var target: String?
        /// The top-level comment it was listed under, for children.
        var listedUnder: String?
        var file: String
        var path: String
    }

    /// What the inputs said, gathered before the tree is built.
    private struct Gathered {
        var status: (value: JSONValue, file: String)?
        var declaredReplies: Int?
        var postID: String?
        var records: [Record] = []
        var seen: Set<String> = []
    }

    static func read(_ inputs: [ImportInput], options: ImportOptions) throws(ImportError) -> DiscussionThread {
        var gathered = Gathered()
        for input in inputs {
            let document = try parse(input)
            if let comments = document["comments"]?.array {
                gathered.declaredReplies = gathered.declaredReplies ?? document["status_reply_count"]?.integer
                try gather(comments, from: input.name, into: &gathered)
            } else if document["user"] != nil, document["text"] != nil || document["description"] != nil {
                gathered.status = gathered.status ?? (document, input.name)
            } else {
                throw ImportError(
                    file: input.name, path: "",
                    message: "expected Xueqiu API JSON: a comments response (\"comments\": […]) or a post (\"user\" and \"text\")"
                )
            }
        }
        return try build(gathered, options: options)
    }

    private static func parse(_ input: ImportInput) throws(ImportError) -> JSONValue {
        try input.withBytes { (bytes) throws(ImportError) in
            var reader = JSONReader(bytes: bytes)
            do throws(JSONSyntaxError) {
                let value = try JSONValue.read(from: &reader)
                try reader.readEnd()
                return value
            } catch {
                throw ImportError(file: input.name, bytes: bytes, offset: error.offset, path: error.path, message: "expected \(error.expected)")
            }
        }
    }

    private static func gather(_ comments: [JSONValue], from file: String, into gathered: inout Gathered) throws(ImportError) {
        for (index, comment) in comments.enumerated() {
            let path = "comments[\(index)]"
            try add(comment, listedUnder: nil, file: file, path: path, to: &gathered)
            guard let parentID = comment["id"]?.idText else { continue }
            gathered.postID = gathered.postID ?? comment["root_in_reply_to_status_id"]?.idText
            for (childIndex, child) in (comment["child_comments"]?.array ?? []).enumerated() {
                try add(child, listedUnder: parentID, file: file, path: "\(path).child_comments[\(childIndex)]", to: &gathered)
            }
        }
    }

    private static func add(
        _ comment: JSONValue, listedUnder: String?, file: String, path: String, to gathered: inout Gathered
    ) throws(ImportError) {
        guard let id = comment["id"]?.idText else {
            throw ImportError(file: file, path: "\(path).id", message: "expected the comment's id (a number)")
        }
        guard gathered.seen.insert(id).inserted else { return }
        let html = HTMLText(html: comment["text"]?.string ?? comment["description"]?.string ?? "")
        let reply = Reply(
            id: ReplyID(id), author: author(of: comment), time: time(of: comment),
            likes: comment["like_count"]?.integer, declaredReplies: comment["reply_count"]?.integer,
            text: html.text, links: html.links
        )
        let target = listedUnder == nil ? nil : comment["in_reply_to_comment_id"]?.idText
        gathered.records.append(Record(reply: reply, target: target, listedUnder: listedUnder, file: file, path: path))
    }

    private static func build(_ gathered: Gathered, options: ImportOptions) throws(ImportError) -> DiscussionThread {
        var indexByID: [String: Int] = [:]
        for (index, record) in gathered.records.enumerated() { indexByID[record.reply.id.rawValue] = index }
        var replies: [Reply] = []
        var parents: [Int?] = []
        for record in gathered.records {
            var reply = record.reply
            var parent: Int?
            if let listedUnder = record.listedUnder {
                if let target = record.target, target != reply.id.rawValue, let index = indexByID[target] {
                    parent = index
                } else {
                    // Its target is gone or unnamed: keep it under the comment it was listed with.
                    parent = indexByID[listedUnder]
                    reply.isDetached = true
                }
            }
            replies.append(reply)
            parents.append(parent)
        }
        let status = gathered.status?.value
        var post = status.map(post(from:)) ?? Post(id: gathered.postID, text: "")
        if post.author == nil, let name = options.originalPoster { post.author = Author(name: name) }
        do {
            return try DiscussionThread(
                source: .xueqiu, title: status?["title"]?.string.flatMap { $0.isEmpty ? nil : $0 },
                url: url(of: status), post: post, declared: declared(status, replies: gathered.declaredReplies),
                replies: replies, parents: parents
            )
        } catch {
            let index = if case .cycle(let reply) = error { reply } else { 0 }
            let record = gathered.records[index]
            throw ImportError(
                file: record.file, path: "\(record.path).in_reply_to_comment_id",
                message: "expected a comment outside this one's own replies; the replies form a cycle"
            )
        }
    }

    // MARK: Fields

    private static func author(of value: JSONValue) -> Author? {
        guard let name = value["user"]?["screen_name"]?.string else { return nil }
        return Author(name: name, id: value["user"]?["id"]?.idText ?? value["user_id"]?.idText)
    }

    private static func time(of value: JSONValue) -> ReplyTime? {
        guard let milliseconds = value["created_at"]?.integer else { return nil }
        return .exact(CivilTime(milliseconds: Int64(milliseconds), utcOffsetMinutes: CivilTime.chinaOffsetMinutes))
    }

    private static func post(from status: JSONValue) -> Post {
        let html = HTMLText(html: status["text"]?.string ?? status["description"]?.string ?? "")
        return Post(id: status["id"]?.idText, author: author(of: status), time: time(of: status), text: html.text, links: html.links)
    }

    private static func url(of status: JSONValue?) -> String? {
        guard let status, let id = status["id"]?.idText, let user = status["user"]?["id"]?.idText else { return nil }
        return "https://xueqiu.com/\(user)/\(id)"
    }

    private static func declared(_ status: JSONValue?, replies: Int?) -> DeclaredCounts {
        DeclaredCounts(
            reposts: status?["retweet_count"]?.integer,
            replies: status?["reply_count"]?.integer ?? replies,
            likes: status?["like_count"]?.integer,
            views: status?["view_count"]?.integer
        )
    }
}
