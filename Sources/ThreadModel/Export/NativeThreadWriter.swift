/// Writes a thread as `tread-thread/1` JSON (docs/FORMAT.md): one reply per line, so files diff well.
///
/// Reading the output back gives the same thread; reading a file this wrote and writing it again
/// gives the same bytes.
public enum NativeThreadWriter {
    /// The JSON for `thread`, UTF-8, ending in a newline.
    ///
    /// - Complexity: O(total text).
    public static func data(for thread: DiscussionThread) -> [UInt8] {
        var json = JSONOutput()
        json.raw("{\n  \"format\": \"tread-thread/1\",\n  \"thread\": {")
        json.key("source", first: true)
        json.string(thread.source.rawValue)
        json.key("title")
        json.optionalString(thread.title)
        json.key("url")
        json.optionalString(thread.url)
        json.key("reposts")
        json.integer(thread.declared.reposts)
        json.key("replies")
        json.integer(thread.declared.replies)
        json.key("likes")
        json.integer(thread.declared.likes)
        json.key("views")
        json.integer(thread.declared.views)
        json.raw("},\n  \"post\": {")
        json.key("id", first: true)
        json.optionalString(thread.post.id)
        writeAuthor(thread.post.author, to: &json)
        json.key("time")
        json.optionalString(thread.post.time?.stored)
        json.key("text")
        json.string(thread.post.text)
        writeLinks(thread.post.links, to: &json)
        json.raw("},\n  \"replies\": [")
        for (index, reply) in thread.replies.enumerated() {
            json.raw(index == 0 ? "\n    {" : ",\n    {")
            writeReply(reply, parent: thread.parent(of: index).map { thread.replies[$0].id }, to: &json)
            json.raw("}")
        }
        json.raw(thread.replies.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return json.bytes
    }

    private static func writeReply(_ reply: Reply, parent: ReplyID?, to json: inout JSONOutput) {
        json.key("id", first: true)
        json.string(reply.id.rawValue)
        json.key("parent")
        json.optionalString(parent?.rawValue)
        writeAuthor(reply.author, to: &json)
        json.key("time")
        json.optionalString(reply.time?.stored)
        json.key("likes")
        json.integer(reply.likes)
        json.key("replies")
        json.integer(reply.declaredReplies)
        json.key("featured")
        json.bool(reply.isFeatured)
        if reply.isDetached {
            json.key("detached")
            json.bool(true)
        }
        json.key("text")
        json.string(reply.text)
        writeLinks(reply.links, to: &json)
    }

    private static func writeAuthor(_ author: Author?, to json: inout JSONOutput) {
        json.key("author")
        json.optionalString(author?.name)
        json.key("authorId")
        json.optionalString(author?.id)
    }

    private static func writeLinks(_ links: [Link], to json: inout JSONOutput) {
        guard !links.isEmpty else { return }
        json.key("links")
        json.raw("[")
        for (index, link) in links.enumerated() {
            json.raw(index == 0 ? "{" : ", {")
            json.key("text", first: true)
            json.string(link.text)
            json.key("url")
            json.string(link.url)
            json.raw("}")
        }
        json.raw("]")
    }
}
