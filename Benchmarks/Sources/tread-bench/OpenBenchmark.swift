import CPeers
import Foundation
import ThreadModel

// Opening a thread: the time from starting `tread render` to its first 200×60 screen, and its
// peak memory, for generated threads of 1k to 1M replies in tread-thread/1, beside Python's
// json.load and jq on the same files. Every figure is a whole process, start-up included, as a
// user would wait for it; the best of the rounds, run in turn so a busy neighbour slows all alike.

/// A generated thread written to a temporary file, for the programs that open it.
struct ThreadFile {
    var replies: Int
    var path: String
    var bytes: Int

    /// Writes `thread` as tread-thread/1 into `folder`.
    static func write(_ thread: DiscussionThread, into folder: URL) -> ThreadFile {
        let replies = thread.replies.count
        let path = folder.appendingPathComponent("tread-bench-\(replies).json").path
        let data = NativeThreadWriter.data(for: thread)
        _ = FileManager.default.createFile(atPath: path, contents: Data(data))
        return ThreadFile(replies: replies, path: path, bytes: data.count)
    }
}

/// One program's best time and its peak memory.
struct Run {
    var seconds = Double.infinity
    var peakMB = 0.0
    var failed = false
}

/// Runs the open section on `files`, with the `tread` built beside this benchmark.
func openSection(_ files: [ThreadFile]) {
    print("open: start to first frame (tread render, 200×60) and peak RSS, whole processes; best of rounds")
    guard let tread = siblingExecutable("tread") else {
        print("  no tread beside tread-bench: run Benchmarks/bench, which builds both")
        return
    }
    var treadTimes: [Double] = []
    for file in files {
        let commands: [(String, [String])] = [
            ("tread render", [tread, "render", file.path, "--size", "200x60"]),
            ("python3 json.load", ["python3", "-c", "import json,sys; json.load(open(sys.argv[1], encoding='utf-8'))", file.path]),
            ("jq length", ["jq", "length", file.path]),
        ]
        var runs = [Run](repeating: Run(), count: commands.count)
        for _ in 0..<(file.replies >= 1_000_000 ? 2 : 3) {
            for (index, command) in commands.enumerated() {
                measure(command.1, into: &runs[index])
            }
        }
        let fileMB = Double(file.bytes) / 1_000_000
        print(String(format: "  %@ replies, %.1f MB", count(file.replies), fileMB))
        for (index, command) in commands.enumerated() {
            let run = runs[index]
            let name = ("    " + command.0).padding(toLength: 24, withPad: " ", startingAt: 0)
            if run.failed {
                print(name + "could not run (\(command.1[0]) or /usr/bin/time missing or failing)")
                continue
            }
            print(name + String(format: "%8.0f ms   peak %7.1f MB = %.2f× the file", run.seconds * 1000, run.peakMB, run.peakMB / fileMB))
        }
        treadTimes.append(runs[0].seconds)
        if !runs[1].failed {
            print(String(format: "    tread / json.load time = %.2f   (goal < 1 at 100k and up; first frame < 1 s at 100k; peak ≤ 2× the file)",
                         runs[0].seconds / runs[1].seconds))
        }
    }
    for index in treadTimes.indices.dropFirst() {
        print(String(format: "  growth %@ → %@ replies: time × %.1f for replies × %.0f",
                     count(files[index - 1].replies), count(files[index].replies),
                     treadTimes[index] / treadTimes[index - 1], Double(files[index].replies) / Double(files[index - 1].replies)))
    }
}

/// Runs `arguments` under GNU time, which reports the peak memory: a process keeps the peak of
/// the one that started it, so this benchmark's own would hide a smaller program's.
func measure(_ arguments: [String], into run: inout Run) {
    let report = FileManager.default.temporaryDirectory.appendingPathComponent("tread-bench-rss").path
    var seconds = 0.0
    let status = withCStrings(["/usr/bin/time", "-f", "%M", "-o", report] + arguments) { peer_run_timed($0, &seconds) }
    let kilobytes = (try? String(contentsOfFile: report, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    guard status == 0, let kilobytes else {
        run.failed = true
        return
    }
    run.seconds = min(run.seconds, seconds)
    run.peakMB = max(run.peakMB, Double(kilobytes) * 1024 / 1_000_000)
}

private func withCStrings<T>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> T) -> T {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}

/// The executable named `name` in this benchmark's own folder, if it is there.
func siblingExecutable(_ name: String) -> String? {
    guard let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
    let path = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent(name).path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
}

/// `1k`, `10k`, `1M`: reply counts as the figures name them.
func count(_ replies: Int) -> String {
    if replies >= 1_000_000, replies % 1_000_000 == 0 { return "\(replies / 1_000_000)M" }
    if replies >= 1_000, replies % 1_000 == 0 { return "\(replies / 1_000)k" }
    return String(replies)
}
