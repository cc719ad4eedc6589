import Testing
@testable import ThreadModel

@Suite("Xueqiu comment HTML to text")
struct HTMLTextTests {
    @Test("tags and entities", arguments: [
        ("a<br/>b<br>c<BR />d", "a\nb\nc\nd"),
        ("<p>一</p><p>二</p>", "一\n二"),
        ("&lt;b&gt; &amp;&quot;&#39;&#x4e2d;&#20013;&bogus; & x", "<b> &\"'中中&bogus; & x"),
        ("<b>粗</b><span class=\"x\">体</span>", "粗体"),
        ("a < b", "a < b"),
        ("<img src=\"x\" title=\"[献花花]\" alt=\"[献花花]\" /><img src=\"x\" title=\"[献花花]\" alt=\"[献花花]\" />", "[献花花][献花花]"),
    ])
    func conversion(html: String, text: String) {
        #expect(HTMLText(html: html).text == text)
    }

    @Test("stock and mention links keep only their text; other links keep their target")
    func links() {
        let html = "<a href=\"http://xueqiu.com/S/SZ000002\">$万科A(SZ000002)$</a><a href=\"/n/甲\">@甲</a>"
            + "<a href=\"/k/1\">网页链接</a><a href=\"https://x.example\">https://x.example</a>"
        let converted = HTMLText(html: html)
        #expect(converted.text == "$万科A(SZ000002)$@甲网页链接https://x.example")
        #expect(converted.links == [Link(text: "网页链接", url: "https://xueqiu.com/k/1")])
    }
}
