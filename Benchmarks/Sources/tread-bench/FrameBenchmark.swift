import Foundation
import Reader
import ThreadModel

// Frame time per keypress in the reader: render the new screen and diff it against the last,
// as the painter does, on generated threads of 1k and 100k replies at 200×60. Each figure is
// the round (of three, each with a fresh reader and so cold caches) with the lowest median:
// the machine is shared, and a neighbour's burst should not pass for tread's own cost.
// n starts a fresh reader (untimed) instead of wrapping: the 1k thread has about 100 matches,
// and wrapping would time its row cache, not the work of a jump, against a 100k thread that
// never wraps.

/// Runs the frame section: median and p99 per key kind and thread size.
func frameSection() {
    print("frame per keypress at 200×60 (render + diff; median / p99 of 400 presses, best of 3 rounds)")
    var medians: [String: [Double]] = [:]
    for replies in [1_000, 100_000] {
        let thread = ThreadGenerator(replyCount: replies, seed: 11).thread()
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
    for (name, values) in medians.sorted(by: { $0.key < $1.key }) where values.count == 2 {
        print(String(format: "  %@: 100k / 1k median = %.2f×   (goal ≤ 1.5×)", name, values[1] / values[0]))
    }
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
        let elapsed = ContinuousClock.now - begin
        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    precondition(changed >= 0)
    return times.sorted()
}
