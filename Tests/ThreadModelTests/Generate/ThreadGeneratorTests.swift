import Testing
@testable import ThreadModel

@Suite("Generated threads")
struct ThreadGeneratorTests {
    @Test("the same seed gives the same thread; another seed another")
    func deterministic() {
        let first = NativeThreadWriter.data(for: ThreadGenerator(replyCount: 300, seed: 5).thread())
        #expect(first == NativeThreadWriter.data(for: ThreadGenerator(replyCount: 300, seed: 5).thread()))
        #expect(first != NativeThreadWriter.data(for: ThreadGenerator(replyCount: 300, seed: 6).thread()))
    }

    @Test("the JSON imports back to the generated thread")
    func jsonRoundTrip() throws {
        let thread = ThreadGenerator(replyCount: 500, seed: 2).thread()
        #expect(try ImportTesting.thread(String(decoding: NativeThreadWriter.data(for: thread), as: UTF8.self)) == thread)
    }

    @Test("nesting is mostly shallow, with some long chains")
    func shape() {
        let thread = ThreadGenerator(replyCount: 5000, seed: 1).thread()
        let depths = (0..<5000).map(thread.depth(of:))
        #expect(depths.filter { $0 <= 3 }.count > 2500)
        #expect(depths.max() ?? 0 > 20)
        #expect(thread.children(of: nil).count > 1500)
    }

    @Test("text mixes Chinese, layer keywords, English, emoji and emoticon codes")
    func text() {
        let texts = ThreadGenerator(replyCount: 400, seed: 3).thread().replies.map(\.text).joined()
        for sample in ["算力", "大模型", "应用", "数据", "能耗", "GPU", "[", "@"] {
            #expect(texts.contains(sample))
        }
        #expect(texts.unicodeScalars.contains { $0.properties.isEmojiPresentation })
    }

    @Test("the page shape reads back with every reply, featured ones merged, replies to them nested")
    func pageShape() throws {
        let thread = ThreadGenerator(replyCount: 800, seed: 4).thread()
        let page = try ImportTesting.thread(XueqiuPageWriter.text(for: thread))
        #expect(page.replies.count == 800)
        #expect(page.replies.filter(\.isFeatured).count == thread.replies.filter(\.isFeatured).count)
        #expect(page.declared == DeclaredCounts(reposts: thread.declared.reposts, replies: thread.declared.replies, likes: thread.declared.likes))
        #expect((0..<800).contains { page.parent(of: $0) != nil })
    }
}
