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

    @Test("no scalar folds to more than three times its UTF-8 length, which the keyword scan's buffer relies on")
    func foldingNeverGrowsPastThreeTimes() {
        var worst = 0.0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            worst = max(worst, Double(TextFolding.folded(text).count) / Double(text.utf8.count))
        }
        #expect(worst <= 3)
    }
}
