/// Makes threads of any size from tread's own word lists, the same for the same seed.
///
/// The shape follows real threads: about half the replies answer the post, most others answer
/// a recent reply, and now and then two people argue down a chain a hundred replies long. Text
/// mixes Chinese with English terms, numbers, emoji, emoticon codes and mentions, and layer
/// keywords at the rate people actually use them.
public struct ThreadGenerator: Sendable {
    /// How many replies to make.
    public var replyCount: Int
    /// The seed; the same seed gives the same thread.
    public var seed: UInt64

    /// A generator of `replyCount` replies from `seed`.
    public init(replyCount: Int, seed: UInt64 = 1) {
        self.replyCount = max(0, replyCount)
        self.seed = seed
    }

    /// The thread.
    ///
    /// - Complexity: O(n) in the number of replies.
    public func thread() -> DiscussionThread {
        var random = SeededRandom(seed: seed)
        let authors = (0..<max(8, min(5000, replyCount / 3))).map { Self.name(number: $0, using: &random) }
        let start = CivilTime(iso8601: "2025-03-01T09:00:00+08:00")?.milliseconds ?? 0
        var clock = start
        var parents: [Int?] = []
        var replies: [Reply] = []
        parents.reserveCapacity(replyCount)
        replies.reserveCapacity(replyCount)
        var chainLeft = 0
        for index in 0..<replyCount {
            let parent = Self.parent(of: index, chainLeft: &chainLeft, using: &random)
            clock += Int64.random(in: 1_000...300_000, using: &random)
            let topLevel = parent == nil
            replies.append(Reply(
                id: ReplyID(String(100_000_000 + index)),
                author: random.pick(authors),
                time: .exact(CivilTime(milliseconds: clock, utcOffsetMinutes: CivilTime.chinaOffsetMinutes)),
                likes: Self.likes(using: &random),
                isFeatured: topLevel && random.chance(0.03),
                text: Self.text(paragraphs: Self.paragraphCount(using: &random), using: &random, mentioning: authors)
            ))
            parents.append(parent)
        }
        Self.declareReplyCounts(&replies, parents: parents, using: &random)
        let post = Post(
            id: "g\(seed)", author: authors[0],
            time: .exact(CivilTime(milliseconds: start - 600_000, utcOffsetMinutes: CivilTime.chinaOffsetMinutes)),
            text: Self.text(paragraphs: 4, using: &random, mentioning: [])
        )
        let declared = DeclaredCounts(reposts: replyCount / 20, replies: replyCount + replyCount / 10, likes: replyCount / 4, views: replyCount * 40)
        do {
            return try DiscussionThread(
                source: .tread, title: "生成的讨论 #\(seed): AI 的算力、模型与应用", post: post, declared: declared,
                replies: replies, parents: parents
            )
        } catch {
            preconditionFailure("generated parents always point backwards, so they form a tree: \(error)")
        }
    }

    // MARK: Shape

    private static func parent(of index: Int, chainLeft: inout Int, using random: inout SeededRandom) -> Int? {
        guard index > 0 else { return nil }
        if chainLeft > 0 {
            chainLeft -= 1
            return index - 1
        }
        if random.chance(0.002) {
            chainLeft = Int.random(in: 20...300, using: &random)
            return index - 1
        }
        let roll = Double.random(in: 0..<1, using: &random)
        if roll < 0.5 { return nil }
        if roll < 0.85 { return index - Int.random(in: 1...min(index, 30), using: &random) }
        return index - 1
    }

    private static func declareReplyCounts(_ replies: inout [Reply], parents: [Int?], using random: inout SeededRandom) {
        var children = [Int](repeating: 0, count: replies.count)
        for parent in parents { if let parent { children[parent] += 1 } }
        for index in replies.indices where parents[index] == nil {
            // Sources declare more than they send now and then.
            replies[index].declaredReplies = children[index] + (random.chance(0.1) ? Int.random(in: 1...5, using: &random) : 0)
        }
    }

    private static func likes(using random: inout SeededRandom) -> Int {
        if random.chance(0.55) { return 0 }
        // A long tail: most replies get a few likes, a handful get hundreds.
        let exponent = Double.random(in: 0..<1, using: &random)
        return Int((1 / (1 - exponent * 0.998)).rounded(.down))
    }

    // MARK: Text

    private static func name(number: Int, using random: inout SeededRandom) -> Author {
        var name = random.pick(GeneratorWords.nameParts) + random.pick(GeneratorWords.nameParts)
        if random.chance(0.3) { name += String(number % 1000) }
        if random.chance(0.1) { name = random.pick(["e", "Tom", "K", "GO", "ai"]) + name }
        return Author(name: name, id: String(10_000 + number))
    }

    private static func paragraphCount(using random: inout SeededRandom) -> Int {
        random.chance(0.7) ? 1 : Int.random(in: 2...6, using: &random)
    }

    private static func text(paragraphs: Int, using random: inout SeededRandom, mentioning authors: [Author]) -> String {
        (0..<paragraphs).map { _ in
            (0..<Int.random(in: 1...4, using: &random)).map { _ in sentence(using: &random, mentioning: authors) }.joined()
        }.joined(separator: "\n")
    }

    private static func sentence(using random: inout SeededRandom, mentioning authors: [Author]) -> String {
        var text = ""
        let count = Int.random(in: 3...14, using: &random)
        for position in 0..<count {
            let roll = Double.random(in: 0..<1, using: &random)
            switch roll {
            case ..<0.68: text += random.pick(GeneratorWords.chinese)
            case ..<0.80: text += random.pick(GeneratorWords.layers)
            case ..<0.88: text += " " + random.pick(GeneratorWords.english) + " "
            case ..<0.92: text += String(Int.random(in: 1...2000, using: &random))
            case ..<0.95: text += random.pick(GeneratorWords.emoji)
            case ..<0.98: text += random.pick(GeneratorWords.emoticons)
            default: text += authors.isEmpty ? "，" : "@" + random.pick(authors).name + " "
            }
            if position == count / 2, random.chance(0.5) { text += "，" }
        }
        return text.trimmingSpaces + random.pick(GeneratorWords.sentenceEnds)
    }
}
