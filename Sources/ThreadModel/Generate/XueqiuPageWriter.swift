/// Writes a thread in the shape of a saved Xueqiu page, for generated test inputs.
///
/// The shape loses what the page loses: ids, years, the authors of `全部讨论`. Featured replies
/// appear twice, with author and time under `精彩讨论` and bare under `全部讨论`; a reply to a
/// reply starts `回复@NAME:`, the only nesting the page keeps.
public enum XueqiuPageWriter {
    /// The page text for `thread`.
    public static func text(for thread: DiscussionThread) -> String {
        var page = "发布于:\u{A0}雪球"
        page += "转发:\(thread.declared.reposts ?? 0)回复:\(thread.declared.replies ?? 0)喜欢:\(thread.declared.likes ?? 0)\n\n"
        page += thread.post.text.split(separator: "\n").joined(separator: "\n\n")
        page += "\n\n精彩讨论\n"
        for (index, reply) in thread.replies.enumerated() where reply.isFeatured {
            page += "\n\(reply.author?.name ?? "")\(partialTime(reply.time))\n\n\(body(thread, index))\n"
        }
        page += "\n全部讨论\n"
        for (index, reply) in thread.replies.enumerated() {
            // The page gives some entries a bare time line, others nothing.
            if !reply.isFeatured, index % 3 == 0 { page += "\n\(partialTime(reply.time))\n" }
            page += "\n\(body(thread, index))\n"
        }
        return page
    }

    private static func body(_ thread: DiscussionThread, _ index: Int) -> String {
        let text = thread.replies[index].text
        guard let parent = thread.parent(of: index), let name = thread.replies[parent].author?.name else { return text }
        return "回复@\(name):" + text
    }

    /// `MM-DD HH:MM`, as the page shows times of the current year.
    private static func partialTime(_ time: ReplyTime?) -> String {
        guard case .exact(let civil) = time else { return time?.shown ?? "" }
        return String(civil.shortForm.dropFirst(5))
    }
}
