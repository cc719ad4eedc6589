import Testing
import ThreadModel

@Suite("The filter query language")
struct FilterQueryTests {
    /// 甲 (featured, 30 likes, compute) ─ 乙 (OP, models) ; 丙 (data, 2 likes) ; 丁 (traditional: compute)
    private func thread() throws -> DiscussionThread {
        let replies = [
            Reply(id: ReplyID("a"), author: Author(name: "甲"), likes: 30, isFeatured: true, text: "国产卡的算力还差 CUDA 生态"),
            Reply(id: ReplyID("b"), author: Author(name: "楼主"), likes: 1, text: "那大模型呢?"),
            Reply(id: ReplyID("c"), author: Author(name: "丙哥"), likes: 2, text: "数据才是关键,国产卡无所谓"),
            Reply(id: ReplyID("d"), author: Author(name: "丁"), text: "英偉達的GPU太貴"),
        ]
        return try DiscussionThread(source: .tread, post: Post(author: Author(name: "楼主"), text: ""), replies: replies, parents: [nil, 0, nil, nil])
    }

    private func matching(_ query: String) throws -> [String] {
        let thread = try thread()
        let parsed = try FilterQuery.parse(query, layers: .standard)
        let matches = parsed.matches(in: thread, classification: LayerClassification(thread: thread, layers: .standard), index: SearchIndex())
        return thread.replies.indices.filter { matches[$0] }.map { thread.replies[$0].id.rawValue }
    }

    @Test("each operator", arguments: [
        ("国产卡", ["a", "c"]), ("国产卡 算力", ["a"]), (#""国产卡的算力""#, ["a"]), ("cuda", ["a"]), ("英伟达 gpu", ["d"]),
        ("layer:算力", ["a", "c", "d"]), ("layer:models", ["b"]), ("author:丙", ["c"]), ("likes>=2", ["a", "c"]),
        ("replies>=1", ["a"]), ("is:op", ["b"]), ("is:featured", ["a"]), ("国产卡 -layer:数据", ["a"]),
        ("is:op OR is:featured", ["a", "b"]), ("layer:数据 OR 英伟达", ["c", "d"]), ("-国产卡", ["b", "d"]), ("“大模型”", ["b"]),
    ])
    func operators(query: String, expected: [String]) throws {
        #expect(try matching(query) == expected)
    }

    @Test("a malformed query points at the column", arguments: [
        ("layer:机器人", 7, "no layer named '机器人'"), (#"算力 "国产"#, 4, "this quote is not closed"), ("likes>=many", 8, "likes>= needs a whole number"),
        ("is:hot", 4, "is: takes op, featured or marked"), ("OR 算力", 1, "OR needs a term before it"), ("算力 OR", 4, "OR needs a term after it"),
        ("-author:", 9, "author: needs a name"),
    ])
    func malformed(query: String, column: Int, problem: String) {
        do {
            _ = try FilterQuery.parse(query, layers: .standard)
            Issue.record("\(query) parsed")
        } catch let error as QueryError {
            #expect(error.column == column && error.problem.hasPrefix(problem), "\(error)")
        } catch {
            Issue.record("\(error)")
        }
    }
}
