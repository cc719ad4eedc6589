import Foundation
import Reader
import ThreadModel

// Layers: classifying a generated thread by the built-in layers in one automaton pass, beside a
// naive classifier that folds each reply and looks for each keyword in turn; then the first key
// typed in the filter prompt of a reader just opened on 100k replies, which may wait for the
// search index being built in the background.

/// Runs the layers section.
func layersSection() {
    print("layers (built-in set, \(LayerSet.standard.layers.flatMap(\.keywords).count) keywords)")
    let thread = ThreadGenerator(replyCount: 100_000, seed: 11).thread()
    let textMB = Double(thread.replies.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
    let fast = race([{ Int64(LayerClassification(thread: thread, layers: .standard).masks.count) }], rounds: 5)[0]
    // The naive way is slow enough that a 5k-reply sample gives a steady figure.
    let sample = thread.keeping(thread.replies.indices.map { $0 < 5_000 })
    let sampleMB = Double(sample.replies.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
    let naive = race([{ naiveClassification(sample) }], rounds: 3)[0]
    print(String(format: "  classify, one automaton pass     %8.1f MB/s   (%.1f MB, 100k replies; goal ≥ 100 MB/s)", textMB / fast.seconds, textMB))
    print(String(format: "  naive, a search per keyword      %8.1f MB/s   (%.1f MB, 5k replies)", sampleMB / naive.seconds, sampleMB))
    print(String(format: "  ratio                            %8.1f×", (textMB / fast.seconds) / (sampleMB / naive.seconds)))
    let highlighting = race([{ Int64(thread.replies.reduce(0) { $0 + LayerSet.standard.matcher.matches(in: $1.text).count }) }], rounds: 3)[0]
    print(String(format: "  keyword ranges, for highlights   %8.1f MB/s   (only for replies laid out on screen)", textMB / highlighting.seconds))
    // As on a terminal: the reader opens, then the search index is folded in the background.
    var reader = ReaderState(thread: thread, width: 200, height: 60)
    reader.prepareSearch()
    _ = reader.render()
    let first = seconds { reader.handle(.character("f")); reader.handle(.character("l")); _ = reader.render() }
    print(String(format: "  first key in the prompt          %6.2f ms   (the index was started when the reader opened)", first * 1000))
}

/// Folds each reply, then looks for every keyword of every layer with its own search.
private func naiveClassification(_ thread: DiscussionThread) -> Int64 {
    let layers = LayerSet.standard.layers.map { $0.keywords.map { String(decoding: TextFolding.folded($0), as: UTF8.self) } }
    var total: Int64 = 0
    for reply in thread.replies {
        let text = String(decoding: TextFolding.folded(reply.text), as: UTF8.self)
        for keywords in layers where keywords.contains(where: { text.contains($0) }) { total += 1 }
    }
    return total
}
