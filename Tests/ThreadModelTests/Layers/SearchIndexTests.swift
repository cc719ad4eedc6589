import Foundation

import Testing
import ThreadModel

@Suite("The search index")
struct SearchIndexTests {
    @Test("the index finds exactly the replies a fold-and-contains scan finds", arguments: ["算力", "gpu", "ＧＰＵ", "@", "的", "h100 ", "不存在的词"])
    func matchesNaiveScan(query: String) {
        let thread = ThreadGenerator(replyCount: 400, seed: 3).thread()
        let naive = thread.replies.indices.filter { reply in
            String(decoding: TextFolding.folded(thread.replies[reply].text), as: UTF8.self)
                .contains(String(decoding: TextFolding.folded(query), as: UTF8.self))
        }
        let index = SearchIndex()
        #expect(index.replies(in: thread, containing: query) == naive)
        #expect(index.replies(in: thread, containing: query) == naive)
    }

    @Test("queries typed a key at a time, each narrowed by the last, find what a fresh index finds")
    func typedQueries() {
        let thread = ThreadGenerator(replyCount: 400, seed: 5).thread()
        let typing = SearchIndex()
        for query in ["算", "算力", "算力不", "力", "g", "gp", "gpu", "pu", "的", "的算"] {
            #expect(typing.replies(in: thread, containing: query) == SearchIndex().replies(in: thread, containing: query), "\(query)")
        }
    }

    @Test("an index built in the background answers as one built on the first search")
    func prepared() {
        let thread = ThreadGenerator(replyCount: 400, seed: 6).thread()
        let index = SearchIndex()
        index.prepare(for: thread)
        #expect(index.replies(in: thread, containing: "模型") == SearchIndex().replies(in: thread, containing: "模型"))
    }

    @Test("a match never spans two replies, and an empty query finds nothing")
    func boundaries() throws {
        let replies = [Reply(id: ReplyID("a"), text: "结尾是算"), Reply(id: ReplyID("b"), text: "力开头"), Reply(id: ReplyID("c"), text: "算力")]
        let thread = try DiscussionThread(source: .tread, post: Post(text: ""), replies: replies, parents: [nil, nil, nil])
        #expect(SearchIndex().replies(in: thread, containing: "算力") == [2])
        #expect(SearchIndex().replies(in: thread, containing: "").isEmpty)
    }
}
