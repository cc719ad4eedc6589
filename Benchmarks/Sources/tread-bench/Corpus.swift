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
        var random = SplitMix64(seed: 2026)
        var text: [UInt8] = []
        text.reserveCapacity(bytes + 1024)
        while text.count < bytes {
            text += Array(reply(&random).utf8)
            text.append(0x0A)
        }
        return text
    }

    private static func reply(_ random: inout SplitMix64) -> String {
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

/// SplitMix64: a small generator that gives the same numbers everywhere.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ limit: Int) -> Int {
        Int(next() % UInt64(limit))
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}
