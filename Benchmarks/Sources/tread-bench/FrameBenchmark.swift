import Foundation
import Reader
import ThreadModel

// Frame time per keypress in the reader: render the new screen and diff it against the last,
// as the painter does, on generated threads of each size at 200×60. Each figure is the round
// (of three, each with a fresh reader and so cold caches) with the lowest median: the machine is
// shared, and a neighbour's burst should not pass for tread's own cost.
// n starts a fresh reader (untimed) instead of wrapping: the 1k thread has about 100 matches,
// and wrapping would time its row cache, not the work of a jump, against a large thread that
// never wraps.

/// Runs the frame section: per-key costs on each of `threads`, smallest first.
func frameSection(_ threads: [DiscussionThread]) {
    print("frame per keypress at 200×60 (render + diff; median / p99 of 400 presses, best of 3 rounds)")
    var medians: [String: [Double]] = [:]
    for thread in threads {
        let replies = count(thread.replies.count)
        for (name, keys) in [("scroll j", "j"), ("fold z", "zj"), ("next match n", "n")] {
            let rounds = (0..<3).map { _ in
                timings(of: keys) {
                    var reader = ReaderState(thread: thread, width: 200, height: 60)
                    if name.hasPrefix("next") {
                        for key in (try? KeySequence.keys(#"/算力\n"#)) ?? [] { reader.handle(key) }
                    }
                    return reader
                }
            }
            let times = rounds.min { $0[$0.count / 2] < $1[$1.count / 2] } ?? []
            let median = times[times.count / 2]
            let p99 = times[times.count * 99 / 100]
            medians[name, default: []].append(median)
            print("  " + "\(name), \(replies) replies".padding(toLength: 32, withPad: " ", startingAt: 0)
                  + String(format: "median %6.3f ms   p99 %6.3f ms   (goal p99 ≤ 2 ms)", median * 1000, p99 * 1000))
        }
    }
    guard let smallest = threads.first, let largest = threads.last, threads.count > 1 else { return }
    for (name, values) in medians.sorted(by: { $0.key < $1.key }) {
        print(String(format: "  %@: %@ / %@ median = %.2f×   (goal: flat, ≤ 1.5×)", name,
                     count(largest.replies.count), count(smallest.replies.count), (values.last ?? 0) / (values.first ?? 1)))
    }
}

/// Runs the section on what grows with the thread: a layer toggle and a key typed in the filter
/// prompt (each recomputes what is shown, then renders), and a resize (reflow and first frame).
func refilterSection(_ threads: [DiscussionThread]) {
    print("refilter and resize at 200×60 (median / max; goals at 100k: ≤ 20 ms, resize ≤ 50 ms)")
    for thread in threads {
        let replies = count(thread.replies.count)
        // As on a terminal: the reader opens, then the search index is folded in the background.
        var reader = ReaderState(thread: thread, width: 200, height: 60)
        reader.prepareSearch()
        _ = reader.render()
        let toggles = (0..<20).map { _ in seconds { reader.handle(.character("1")); _ = reader.render() } }
        // The first key waits for the background index; the benchmark in layers shows it apart.
        let keys = (try? KeySequence.keys(#"flayer:算力 数据 -is:op likes>=1 OR 芯片"#)) ?? []
        let typed = keys.map { key in seconds { reader.handle(key); _ = reader.render() } }.dropFirst(2)
        reader.handle(.escape)
        // Each width is new, so every resize lays the screen out afresh.
        let resizes = (0..<20).map { step in seconds { reader.resize(width: 199 - step, height: 60 - step % 2); _ = reader.render() } }
        row("toggle a layer, \(replies)", toggles)
        row("key in filter prompt, \(replies)", Array(typed))
        row("resize, \(replies)", resizes)
    }
}

/// Runs the export section: 10k marked replies of `thread` (every tenth) to Markdown.
func exportSection(_ thread: DiscussionThread) {
    let chosen = thread.replies.indices.map { $0 % max(1, thread.replies.count / 10_000) == 0 }
    let export = ThreadExport(thread: thread, chosen: chosen, context: false)
    let classification = LayerClassification(thread: thread, layers: .standard)
    let timing = race([{ Int64(export.document(as: .markdown, classification: classification).count) }], rounds: 5)[0]
    let megabytes = Double(timing.result) / 1_000_000
    print(String(format: "export %d marked replies of %@ to Markdown: %.1f MB in %.1f ms = %.1f MB/s",
                 export.chosenCount, count(thread.replies.count), megabytes, timing.seconds * 1000, megabytes / timing.seconds))
}

private func row(_ name: String, _ times: [Double]) {
    let sorted = times.sorted()
    guard !sorted.isEmpty else { return }
    print("  " + name.padding(toLength: 32, withPad: " ", startingAt: 0)
          + String(format: "median %7.2f ms   max %7.2f ms", sorted[sorted.count / 2] * 1000, (sorted.last ?? 0) * 1000))
}

/// Seconds per press of `keys` (cycled), each a handle, a render and a diff with the last frame,
/// on a reader from `start`; a new one takes over where a search would wrap.
private func timings(of keys: String, start: () -> ReaderState) -> [Double] {
    let presses = (try? KeySequence.keys(keys)) ?? []
    var reader = start()
    var previous = reader.render()
    var times: [Double] = []
    var changed = 0
    for index in 0..<400 {
        if let last = reader.search?.matches.last, reader.selected >= last {
            reader = start()
            previous = reader.render()
        }
        let begin = ContinuousClock.now
        reader.handle(presses[index % presses.count])
        let frame = reader.render()
        for cell in 0..<min(frame.cells.count, previous.cells.count) where frame.cells[cell] != previous.cells[cell] { changed += 1 }
        previous = frame
        times.append(seconds(since: begin))
    }
    precondition(changed >= 0)
    return times.sorted()
}

/// Seconds `body` takes.
func seconds(_ body: () -> Void) -> Double {
    let start = ContinuousClock.now
    body()
    return seconds(since: start)
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}
