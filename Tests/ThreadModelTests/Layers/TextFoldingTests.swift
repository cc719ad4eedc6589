import Testing
import ThreadModel

@Suite("Text folding")
struct TextFoldingTests {
    @Test("folding: case, full width, the ideographic space, traditional to simplified; emoji unchanged", arguments: [
        ("GPU", "gpu"), ("ＧＰＵ", "gpu"), ("Ｈ１００", "h100"), ("算力\u{3000}芯片", "算力 芯片"), ("ÉCOLE", "école"),
        ("👍 ΣΑ", "👍 σα"), ("英伟达NVIDIA", "英伟达nvidia"), ("計算 訓練 據", "计算 训练 据"), ("乾坤", "乾坤"),
    ])
    func folding(text: String, expected: String) {
        #expect(TextFolding.folded(text) == Array(expected.utf8))
    }

    @Test("folding a keyword and a text that holds it keeps the one inside the other")
    func keywordsStayInside() {
        let text = String(decoding: TextFolding.folded("國產ＧＰＵ與英偉達H100的差距"), as: UTF8.self)
        for keyword in ["国产", "gpu", "英伟达", "h100"] {
            #expect(text.contains(String(decoding: TextFolding.folded(keyword), as: UTF8.self)))
        }
    }
}
