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

    @Test("a match never spans two replies, and an empty query finds nothing")
    func boundaries() throws {
        let replies = [Reply(id: ReplyID("a"), text: "结尾是算"), Reply(id: ReplyID("b"), text: "力开头"), Reply(id: ReplyID("c"), text: "算力")]
        let thread = try DiscussionThread(source: .tread, post: Post(text: ""), replies: replies, parents: [nil, nil, nil])
        #expect(SearchIndex().replies(in: thread, containing: "算力") == [2])
        #expect(SearchIndex().replies(in: thread, containing: "").isEmpty)
    }
}
