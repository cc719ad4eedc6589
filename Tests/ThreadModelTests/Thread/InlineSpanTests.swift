import Testing
import ThreadModel

@Suite("Mentions, stocks, hashtags, emoticons and links in text")
struct InlineSpanTests {
    private func spans(_ text: String, links: [Link] = []) -> [(String, InlineSpan.Kind)] {
        let paragraph = Reply(id: ReplyID("x"), text: text, links: links).paragraphs[0]
        let bytes = Array(paragraph.text.utf8)
        return paragraph.spans.map { (String(decoding: bytes[$0.range], as: UTF8.self), $0.kind) }
    }

    @Test("each kind is found with its payload")
    func kinds() {
        let found = spans("回复@小明:看$贵州茅台(SH600519)$和#大模型#[抱拳] https://a.example/x?y=1。")
        #expect(found.map(\.0) == ["@小明", "$贵州茅台(SH600519)$", "#大模型#", "[抱拳]", "https://a.example/x?y=1"])
        #expect(found.map(\.1) == [
            .mention(name: "小明"), .stock(symbol: "SH600519"), .hashtag, .emoticon, .link(url: "https://a.example/x?y=1"),
        ])
    }

    @Test("ordinary prose is left alone", arguments: ["价格 $5 和 $6", "见 [1] 和 [23]", "#1 和 #2 ", "mail a@b.com", "[ 空格 ]", "$没有代码$"])
    func prose(text: String) {
        #expect(spans(text).isEmpty)
    }

    @Test("named links are placed on their text, in order, across paragraphs")
    func namedLinks() {
        let reply = Reply(id: ReplyID("x"), text: "第一段\n看网页链接和网页链接", links: [
            Link(text: "网页链接", url: "https://one.example"), Link(text: "网页链接", url: "https://two.example"),
        ])
        let spans = reply.paragraphs[1].spans
        #expect(spans.map(\.kind) == [.link(url: "https://one.example"), .link(url: "https://two.example")])
        #expect(spans.map(\.range) == [3..<15, 18..<30])
    }

    @Test("a URL keeps its own parentheses and drops the sentence's")
    func urlPunctuation() {
        #expect(spans("(见 https://x.example/a_(b))").map(\.0) == ["https://x.example/a_(b)"])
        #expect(spans("见 https://x.example/a).").map(\.0) == ["https://x.example/a"])
    }
}
