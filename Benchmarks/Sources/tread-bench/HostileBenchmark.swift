import Foundation

// Hostile shapes: threads no person writes but a broken or malicious tool might save. Each is
// opened by `tread render` (200×60, after G, so the far end is laid out) at two sizes ten times
// apart, with its time and peak memory; time × 10 or so for size × 10 is the linear growth asked
// for, where a quadratic cost would show × 100.

/// A hostile shape at one size: its name, its size in words, and its replies as JSON objects.
private struct Shape {
    var name: String
    var size: String
    var replies: [[String: Any]]
}

/// Runs the hostile section; `scale` 1 gives the smaller sizes, 10 the ones in RELIABILITY.md.
func hostileSection(scale: Int) {
    print("hostile shapes: tread render after G at 200×60, whole process; best of 2")
    guard let tread = siblingExecutable("tread") else {
        print("  no tread beside tread-bench: run Benchmarks/bench, which builds both")
        return
    }
    let makers: [(Int) -> Shape] = [siblings, longReply, unbrokenLine, chain]
    for make in makers {
        var seconds: [Double] = []
        for size in [1, 10] {
            let shape = make(size * scale)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("tread-bench-hostile.json").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let object: [String: Any] = ["format": "tread-thread/1", "title": shape.name, "post": ["text": "p"], "replies": shape.replies]
            guard let data = try? JSONSerialization.data(withJSONObject: object) else { continue }
            _ = FileManager.default.createFile(atPath: path, contents: data)
            var run = Run()
            for _ in 0..<2 { measure([tread, "render", path, "--size", "200x60", "--keys", "G"], into: &run) }
            let fileMB = Double(data.count) / 1_000_000
            let name = ("  " + shape.name + ", " + shape.size).padding(toLength: 40, withPad: " ", startingAt: 0)
            print(name + (run.failed ? "failed" : String(format: "%8.0f ms   peak %7.1f MB   file %6.1f MB", run.seconds * 1000, run.peakMB, fileMB)))
            seconds.append(run.seconds)
        }
        if seconds.count == 2 { print(String(format: "    time × %.1f for size × 10", seconds[1] / seconds[0])) }
    }
}

/// `units` × 10k replies, all answering the post.
private func siblings(_ units: Int) -> Shape {
    let replies = units * 10_000
    return Shape(name: "siblings", size: "\(count(replies)) replies",
                 replies: (1...replies).map { ["id": $0, "author": "a\($0 % 97)", "text": "回复 \($0) 算力 model"] })
}

/// One reply of `units` × 0.5 MB of mixed Chinese and English, keywords included.
private func longReply(_ units: Int) -> Shape {
    let text = String(decoding: Corpus.make(bytes: units * 500_000), as: UTF8.self)
    return Shape(name: "one long reply", size: String(format: "%.1f MB", Double(units) / 2), replies: [["id": 1, "text": text]])
}

/// One reply that is a single word of `units` × 100 kB of letters.
private func unbrokenLine(_ units: Int) -> Shape {
    Shape(name: "a line without spaces", size: String(format: "%.1f MB", Double(units) / 10),
          replies: [["id": 1, "text": String(repeating: "abcdefghij", count: units * 10_000)]])
}

/// A chain of `units` × 1k replies, each answering the one before.
private func chain(_ units: Int) -> Shape {
    let depth = units * 1_000
    return Shape(name: "a chain", size: "\(count(depth)) deep", replies: (1...depth).map { id in
        id == 1 ? ["id": id, "text": "第 1 层"] : ["id": id, "parent": id - 1, "text": "第 \(id) 层"]
    })
}
