import ThreadModel

/// A reproducible mixed Chinese/ASCII corpus shaped like thread replies, one reply a line.
enum Corpus {
    private static let phrases = [
        "算力", "芯片", "大模型", "训练", "推理", "应用层", "数据", "能耗", "英伟达", "国产卡",
        "我觉得", "长期来看", "其实", "这个问题", "投资者", "市场", "估值", "竞争", "护城河", "生态",
        "开源", "闭源", "上下文", "显存", "带宽", "集群", "电力", "成本", "利润", "格局",
    ]
    private static let latin = ["AI", "GPU", "CUDA", "H100", "910B", "gpt4.0", "PyTorch", "1~4k", "30%", "$100", "OpenAI", "token"]
    private static let punctuation = ["，", "。", "、", "？", "！", "：", "；", "……", "——", ", ", ". "]
    private static let wrapped = [("“", "”"), ("（", "）"), ("《", "》"), ("(", ")")]
    private static let emoji = ["👍", "🤔", "😂", "🇨🇳", "👨‍💻", "[抱拳]"]

    /// About `bytes` bytes of text, the same on every run.
    static func make(bytes: Int) -> [UInt8] {
        var random = SeededRandom(seed: 2026)
        var text: [UInt8] = []
        text.reserveCapacity(bytes + 1024)
        while text.count < bytes {
            text += Array(reply(&random).utf8)
            text.append(0x0A)
        }
        return text
    }

    private static func reply(_ random: inout SeededRandom) -> String {
        var parts: [String] = []
        for _ in 0..<(8 + random.below(60)) {
            switch random.below(40) {
            case 0...21: parts.append(random.pick(phrases))
            case 22...29: parts.append(" " + random.pick(latin) + " ")
            case 30...36: parts.append(random.pick(punctuation))
            case 37, 38:
                let (open, close) = random.pick(wrapped)
                parts.append(open + random.pick(phrases) + close)
            default: parts.append(random.pick(emoji))
            }
        }
        return parts.joined()
    }
}

/// Draws as the corpus always has, so its figures stay comparable.
extension SeededRandom {
    mutating func below(_ limit: Int) -> Int {
        Int(next() % UInt64(limit))
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}
