import Foundation
import Reader
import ThreadModel

// Layers: classifying a generated thread by the built-in layers in one automaton pass, beside a
// naive classifier that folds each reply and looks for each keyword in turn; then what the
// reader pays at 100k replies for a layer toggle and for applying a typed filter query
// (recompute what is shown, then render the 200×60 screen).

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
    let toggles = (0..<20).map { _ in seconds { reader.handle(.character("1")); _ = reader.render() } }.sorted()
    // Each key typed in the prompt refilters and redraws; the first waits for the index if
    // it is still being built, so it is shown on its own.
    let keys = (try? KeySequence.keys(#"flayer:算力 数据 -is:op likes>=1 OR 芯片"#)) ?? []
    let typed = keys.map { key in seconds { reader.handle(key); _ = reader.render() } }
    let first = typed.dropFirst().first ?? 0
    let rest = typed.dropFirst(2).sorted()
    print(String(format: "  toggle a layer, 100k replies     median %6.2f ms   max %6.2f ms   (goal ≤ 20 ms)",
                 toggles[toggles.count / 2] * 1000, (toggles.last ?? 0) * 1000))
    print(String(format: "  key in the filter prompt, 100k   median %6.2f ms   max %6.2f ms   (goal ≤ 20 ms; %d keys)",
                 rest[rest.count / 2] * 1000, (rest.last ?? 0) * 1000, rest.count))
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

private func seconds(_ body: () -> Void) -> Double {
    let start = ContinuousClock.now
    body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}
