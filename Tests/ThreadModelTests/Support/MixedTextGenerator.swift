import ThreadModel

/// Generates reproducible mixed text: CJK, ASCII words and numbers, emoji, combining marks, punctuation.
struct MixedTextGenerator {
    private var random: SeededRandom

    /// A generator whose output depends only on `seed`.
    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    private mutating func nextRandom() -> UInt64 {
        random.next()
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[Int(nextRandom() % UInt64(items.count))]
    }

    private mutating func number(below limit: Int) -> Int {
        Int(nextRandom() % UInt64(limit))
    }

    static let ideographs = Array("算力芯片训练推理模型应用数据能耗英伟达雪球讨论层硬件软件市场中国超算")
    static let words = ["AI", "GPU", "CUDA", "H100", "gpt4.0", "1~4k", "30%", "$100", "the", "model", "tread", "x"]
    static let emoji = ["👍", "👨‍👩‍👧", "🇨🇳", "👋🏽", "☺\u{FE0F}", "#\u{FE0F}\u{20E3}", "🤔"]
    static let marked = ["e\u{301}", "a\u{301}\u{302}", "\u{1100}\u{1161}\u{11A8}", "क\u{93E}"]
    static let closing = ["，", "。", "、", "：", "；", "！", "？", ",", ".", "!", "?"]
    static let brackets = [("（", "）"), ("「", "」"), ("《", "》"), ("“", "”"), ("(", ")"), ("【", "】")]

    /// One token: a few ideographs, a word, an emoji, a bracketed phrase, spaces, or punctuation.
    private mutating func token() -> String {
        switch number(below: 10) {
        case 0...2: String((0...number(below: 5)).map { _ in pick(Self.ideographs) })
        case 3: pick(Self.words)
        case 4: pick(Self.emoji)
        case 5: pick(Self.marked)
        case 6: pick(Self.closing)
        case 7: bracketed()
        case 8: String(repeating: " ", count: 1 + number(below: 2))
        default: pick(["——", "……", "\n", String(pick(Self.ideographs)) + pick(Self.words)])
        }
    }

    private mutating func bracketed() -> String {
        let (open, close) = pick(Self.brackets)
        return open + String((0...number(below: 2)).map { _ in pick(Self.ideographs) }) + close
    }

    /// A text of `tokenCount` tokens.
    mutating func text(tokenCount: Int) -> String {
        (0..<tokenCount).map { _ in token() }.joined()
    }

    /// Chinese prose: runs of ideographs with one other token (punctuation, a
    /// bracketed phrase, a spaced word, an emoji) between runs, so that no
    /// unbreakable stretch is wider than 12 columns.
    mutating func prose(runCount: Int) -> String {
        (0..<runCount).map { _ in
            let run = String((0...number(below: 4)).map { _ in pick(Self.ideographs) })
            let between = switch number(below: 5) {
            case 0: pick(Self.closing)
            case 1: bracketed()
            case 2: " " + pick(Self.words) + " "
            case 3: pick(Self.emoji)
            default: pick(["——", "……", ""])
            }
            return run + between
        }.joined()
    }
}
