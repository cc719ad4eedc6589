import Foundation
import Testing
@testable import ThreadModel

@Suite("Xueqiu page text")
struct XueqiuPageImporterTests {
    @Test("counts, post, featured and all replies are read")
    func structure() throws {
        let thread = try ImportTesting.thread(Fixtures.page, name: "page.txt")
        #expect(thread.source == .xueqiu)
        #expect(thread.declared == DeclaredCounts(reposts: 3, replies: 40, likes: 7))
        #expect(thread.post.paragraphs.map(\.text) == ["今天聊聊芯片和算力。", "我的看法写在下面[抱拳]"])
        #expect(thread.replies.count == 4)
        #expect(thread.replies.map { $0.author?.name } == ["小明2024A", "Tom_88", nil, nil])
        #expect(thread.replies.map(\.isFeatured) == [true, true, false, false])
        #expect(thread.replies[0].paragraphs.count == 2)
    }

    @Test("a featured reply repeated under 全部讨论 is one reply, keeping the featured author and time")
    func featuredMerge() throws {
        let thread = try ImportTesting.thread(Fixtures.page)
        let merged = thread.replies.filter { $0.text == "数据更重要。" }
        #expect(merged.count == 1)
        #expect(merged.first?.time == .partial("03-01 10:05"))
    }

    @Test("a bare time line gives the next reply its time")
    func bareTime() throws {
        let thread = try ImportTesting.thread(Fixtures.page)
        #expect(thread.replies[2].time == .partial("03-01 10:20"))
        #expect(thread.replies[3].time == nil)
    }

    @Test("回复@NAME: nests under that author's latest earlier reply, with either colon")
    func nesting() throws {
        let thread = try ImportTesting.thread(Fixtures.page)
        #expect(thread.parent(of: 2) == 0)
        #expect(thread.parent(of: 3) == 1)
        #expect(thread.depth(of: 3) == 2)
    }

    @Test("ids come from content: the same page gives the same ids, edited text a new one")
    func stableIDs() throws {
        let first = try ImportTesting.thread(Fixtures.page).replies.map(\.id)
        let second = try ImportTesting.thread(Fixtures.page).replies.map(\.id)
        #expect(first == second)
        #expect(Set(first).count == first.count)
        let edited = try ImportTesting.thread(Fixtures.page.replacingOccurrences(of: "同意一半", with: "同意")).replies.map(\.id)
        #expect(edited[0] == first[0] && edited[2] != first[2])
    }

    @Test("--op names the post's author and flags their replies")
    func originalPoster() throws {
        let thread = try ImportTesting.thread(Fixtures.page, op: "Tom_88")
        #expect(thread.post.author?.name == "Tom_88")
        #expect((0..<4).map(thread.isByOriginalPoster) == [false, true, false, false])
    }

    @Test("a page with no reply sections is the post alone")
    func postOnly() throws {
        let thread = try ImportTesting.thread(Fixtures.pageWithoutReplies)
        #expect(thread.replies.isEmpty && thread.declared.likes == 1 && thread.post.text == "只有正文。")
    }

    @Test("an author and time line with no reply after it names its line")
    func dangling() throws {
        let error = try #require(ImportTesting.error("转发:1回复:2喜欢:3\n\n正文\n\n精彩讨论\n\n甲01-01 10:00\n\n乙01-01 10:01\n\n内容", name: "p.txt"))
        #expect(error.description == "p.txt:7: expected a reply's text after this author and time line")
    }

    @Test("prose ending in a time is not taken for an author line")
    func proseWithTime() throws {
        let thread = try ImportTesting.thread("转发:1回复:2喜欢:3\n\n正文\n\n全部讨论\n\n好,那就约在03-01 10:00\n\n好的")
        #expect(thread.replies.map(\.text) == ["好,那就约在03-01 10:00", "好的"])
    }
}
