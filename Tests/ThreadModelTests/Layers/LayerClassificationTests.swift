import Testing
import ThreadModel

@Suite("Classifying replies by layer")
struct LayerClassificationTests {
    private func layers(of texts: [String]) throws -> [[String]] {
        let replies = texts.enumerated().map { Reply(id: ReplyID("\($0.offset)"), text: $0.element) }
        let thread = try DiscussionThread(source: .tread, post: Post(text: ""), replies: replies, parents: texts.map { _ in nil })
        let classification = LayerClassification(thread: thread, layers: .standard)
        return texts.indices.map { reply in classification.layers(of: reply).map { classification.layers.layers[$0].tag } }
    }

    @Test("a reply belongs to every layer one of whose keywords it holds, folded")
    func belongs() throws {
        #expect(try layers(of: [
            "国产ＧＰＵ还差得远", "大模型的訓練成本", "应用层还没有杀手级App", "数据清洗很关键", "电费才是大头",
            "算力、算法、数据、能源缺一不可", "今天天气不错",
        ]) == [["算力"], ["模型"], ["应用"], ["数据"], ["能源"], ["算力", "模型", "数据", "能源"], []])
    }

    @Test("a thread classified in chunks on several cores gets each reply's own layers")
    func chunked() {
        let thread = ThreadGenerator(replyCount: 9_000, seed: 3).thread()
        let classification = LayerClassification(thread: thread, layers: .standard)
        var scratch: [UInt8] = []
        let one = thread.replies.map { LayerSet.standard.matcher.groups(in: $0.text, scratch: &scratch) }
        #expect(classification.masks == one)
        #expect(Set(one).count > 4)
    }

    @Test("emoticon codes and words inside other words do not count")
    func ignored() throws {
        #expect(try layers(of: ["说得好[芯片]", "he said so", "[1] 见算力一节"]) == [[], [], ["算力"]])
    }

    @Test("the seed thread: each reply in the layers a reader would put it in",
          .enabled(if: SharedData.shouldRun, SharedData.skipNote))
    func seed() throws {
        let thread = try ImportTesting.thread(try SharedData.text("seed/xueqiu-ai-thread.txt"), name: "seed")
        let classification = LayerClassification(thread: thread, layers: .standard)
        // Written down by reading each reply, in document order.
        let expected: [[String]] = [
            ["算力", "能源"],            // energy use of AI against the rest of the economy, per unit of compute
            ["算力"],                    // CUDA, domestic cards stacked against an H100
            ["能源"],                    // power draw of smelting and a high-speed train, in kilowatts
            ["算力", "模型", "应用", "数据"], // the long post: the three layers, training data
            ["算力", "模型", "数据"],     // algorithms, compute, data quality
            ["算力", "模型", "能源"],     // AI = algorithms + compute + energy
            ["算力", "模型"],             // inference and training on GPUs, CUDA, frameworks
            ["算力", "模型", "数据"],     // compute and data are worth most; algorithm papers
            ["算力", "能源"],             // not energy but computing efficiency
            ["应用"],                    // applications on phones
            ["算力"],                    // central versus distributed computing
            [],                          // stacking hardware, in general terms
        ]
        #expect(thread.replies.count == expected.count)
        for (reply, layers) in expected.enumerated() where reply < thread.replies.count {
            #expect(classification.layers(of: reply).map { classification.layers.layers[$0].tag } == layers, "reply \(reply)")
        }
    }
}
