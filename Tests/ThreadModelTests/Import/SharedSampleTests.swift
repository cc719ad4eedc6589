import Foundation
import Testing
@testable import ThreadModel

/// The real files beside the checkout. Their words stay there: tests name replies by position,
/// author or time, and check shapes and counts.
@Suite("Real Xueqiu files in ../shared", .enabled(if: SharedData.shouldRun, SharedData.skipNote))
struct SharedSampleTests {
    @Test("the seed page: counts, 12 distinct replies, 5 featured, the longest with 7 paragraphs")
    func seed() throws {
        let thread = try ImportTesting.thread(try SharedData.text("seed/xueqiu-ai-thread.txt"), name: "seed")
        #expect(thread.declared == DeclaredCounts(reposts: 14, replies: 230, likes: 103))
        #expect(thread.replies.count == 12)
        #expect(thread.replies.filter(\.isFeatured).count == 5)
        #expect(thread.replies.map { $0.paragraphs.count }.max() == 7)
        #expect(Set(thread.replies.map(\.id)).count == 12)
        // Featured authors keep their Latin letters and digits.
        let authors = Set(thread.replies.compactMap { $0.author?.name })
        #expect(authors.contains("GODIFAR") && authors.contains { $0.hasPrefix("e") && $0.unicodeScalars.count > 1 })
        #expect(thread.replies.allSatisfy { $0.author != nil || !$0.isFeatured })
        #expect(thread.post.paragraphs.count == 2)
    }

    @Test("the seed keeps its ids across imports")
    func seedIDs() throws {
        let text = try SharedData.text("seed/xueqiu-ai-thread.txt")
        #expect(try ImportTesting.thread(text).replies.map(\.id) == ImportTesting.thread(text).replies.map(\.id))
    }

    @Test("the v3 comments sample: 33 replies, 20 top-level, 39 declared")
    func v3() throws {
        let thread = try ImportTesting.thread(try SharedData.text("samples/xueqiu/v3-comments.json"), name: "v3")
        #expect(thread.replies.count == 33)
        #expect(thread.children(of: nil).count == 20)
        #expect(thread.declared.replies == 39)
        #expect(thread.replies.filter(\.isDetached).count == 2)
        #expect(thread.replies.allSatisfy { !$0.text.contains("<") && !$0.text.contains("&amp;") })
        #expect(thread.replies.allSatisfy { $0.time?.shown.hasPrefix("20") == true })
        let spans = thread.replies.flatMap { $0.paragraphs.flatMap(\.spans) }
        #expect(spans.contains { if case .stock = $0.kind { true } else { false } })
        #expect(spans.contains { $0.kind == .emoticon })
        // Round trip through the native format.
        let again = try ImportTesting.thread(String(decoding: NativeThreadWriter.data(for: thread), as: UTF8.self))
        #expect(again == thread)
    }

    @Test("the labeler's HTML cases: no tags left, stocks, mentions and emoticons found")
    func labelerHTML() throws {
        let source = try SharedData.text("samples/xueqiu/labeler-unittest.json")
        // The file is JavaScript-like: each case is a single-quoted 'comment' value.
        let cases = source.components(separatedBy: "'comment': '").dropFirst().compactMap { $0.components(separatedBy: "'}").first }
        #expect(cases.count >= 5)
        var kinds: Set<String> = []
        for html in cases {
            let converted = HTMLText(html: html)
            #expect(!converted.text.contains("<a") && !converted.text.contains("<img") && !converted.text.contains("</"))
            for span in Reply(id: ReplyID("x"), text: converted.text, links: converted.links).paragraphs.flatMap(\.spans) {
                switch span.kind {
                case .stock: kinds.insert("stock")
                case .mention: kinds.insert("mention")
                case .emoticon: kinds.insert("emoticon")
                default: break
                }
            }
        }
        #expect(kinds == ["stock", "mention", "emoticon"])
    }
}
