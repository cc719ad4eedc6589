import CPeers
import Foundation
import ThreadModel

// Throughput of tread's text layout beside glibc, Python wcwidth and ICU, of its importers
// beside Python's json.load, what opening and reading threads of 1k to 1M replies costs, and
// how hostile shapes grow, in one run.
// Usage: tread-bench [megabytes] [width|wrap|import|open|frame|refilter|export|layers|hostile]
// (default: 10 MB, all; the import inputs are five times the layout corpus, 50 MB by default;
// threads go up to 1M replies from 10 MB, else to 100k)

let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 10
let only = CommandLine.arguments.dropFirst(2).first
let corpus = Corpus.make(bytes: megabytes * 1_000_000)
let corpusMB = Double(corpus.count) / 1_000_000
let rounds = 9

/// The best of `rounds` timings of each contender, run in turn within every
/// round so that a noisy neighbour slows them alike; with each one's result.
func race(_ contenders: [() -> Int64], rounds: Int = rounds) -> [(seconds: Double, result: Int64)] {
    var fastest = [Double](repeating: .infinity, count: contenders.count)
    var results = [Int64](repeating: 0, count: contenders.count)
    for _ in 0..<rounds {
        for (index, body) in contenders.enumerated() {
            let start = ContinuousClock.now
            results[index] = body()
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            fastest[index] = min(fastest[index], seconds)
        }
    }
    return Array(zip(fastest, results))
}

func treadWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64 {
    let layout = TextLayout()
    var total: Int64 = 0
    var start = 0
    guard let base = bytes.baseAddress else { return 0 }
    while start < bytes.count {
        let newline = memchr(base + start, 0x0A, bytes.count - start)
        let end = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
        total += Int64(layout.width(ofUTF8: UnsafeBufferPointer(rebasing: bytes[start..<end])))
        start = end + 1
    }
    return total
}

func pythonWidth(corpusPath: String) -> (seconds: Double, result: Int64)? {
    let script = """
    import sys, time, wcwidth
    lines = open(sys.argv[1], encoding="utf-8").read().split("\\n")
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        total = sum(max(wcwidth.wcswidth(line), 0) for line in lines)
        best = min(best, time.perf_counter() - start)
    print(best, total)
    """
    guard let text = python(script, corpusPath) else { return nil }
    let fields = text.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    guard fields.count == 2, let seconds = Double(fields[0]), let total = Int64(fields[1]) else { return nil }
    return (seconds, total)
}

/// What `python3 -c script argument` prints, or nil when Python cannot be run.
func python(_ script: String, _ argument: String) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, argument]
    let output = Pipe()
    process.standardOutput = output
    guard (try? process.run()) != nil else { return nil }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return process.terminationStatus == 0 ? text : nil
}

func row(_ name: String, _ seconds: Double, _ detail: String) {
    let rate = corpusMB / seconds
    print(name.padding(toLength: 34, withPad: " ", startingAt: 0)
          + String(format: "%10.1f MB/s  %9.1f ms   ", rate, seconds * 1000) + detail)
}

guard peer_use_utf8_locale() != 0 else {
    print("no UTF-8 locale for glibc: install locales or use C.UTF-8")
    exit(1)
}
print(String(format: "corpus: %.1f MB of mixed Chinese/ASCII replies; best of %d interleaved rounds (Python: of 5)",
             corpusMB, rounds))
print("")
let corpusPath = FileManager.default.temporaryDirectory.appendingPathComponent("tread-bench-corpus.txt").path
_ = FileManager.default.createFile(atPath: corpusPath, contents: Data(corpus))
defer { try? FileManager.default.removeItem(atPath: corpusPath) }

corpus.withUnsafeBufferPointer { bytes in
    let base = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
    if only == nil || only == "width" { widthSection(bytes, base) }
    if only == nil || only == "wrap" { wrapSection(bytes, base) }
}
if only == nil || only == "import" {
    print("")
    importSection(megabytes: megabytes * 5)
}
let scaleSections = ["open", "frame", "refilter", "export"]
if only.map(scaleSections.contains) ?? true {
    let sizes = [1_000, 10_000, 100_000, 1_000_000].filter { $0 < 1_000_000 || megabytes >= 10 }
    let threads = sizes.map { ThreadGenerator(replyCount: $0, seed: 11).thread() }
    if only == nil || only == "open" {
        print("")
        let folder = FileManager.default.temporaryDirectory
        let files = threads.map { ThreadFile.write($0, into: folder) }
        defer { files.forEach { try? FileManager.default.removeItem(atPath: $0.path) } }
        openSection(files)
    }
    if only == nil || only == "frame" {
        print("")
        frameSection(threads)
    }
    if only == nil || only == "refilter" {
        print("")
        refilterSection(threads)
    }
    if only == nil || only == "export", let thread = threads.first(where: { $0.replies.count >= 100_000 }) {
        print("")
        exportSection(thread)
    }
}
if only == nil || only == "layers" {
    print("")
    layersSection()
}
if only == nil || only == "hostile" {
    print("")
    hostileSection(scale: megabytes)
}

func widthSection(_ bytes: UnsafeBufferPointer<UInt8>, _ base: UnsafePointer<CChar>?) {
    print("width (columns of every line)")
    let timings = race([{ treadWidth(bytes) }, { peer_glibc_columns(base, bytes.count) }])
    let (ours, glibc) = (timings[0], timings[1])
    row("  tread TextLayout.width", ours.seconds, "\(ours.result) columns")
    row("  glibc mbstowcs + wcswidth", glibc.seconds, "\(glibc.result) columns")
    let python = pythonWidth(corpusPath: corpusPath)
    if let python {
        row("  Python wcwidth 0.7.0 wcswidth", python.seconds, "\(python.result) columns")
    }
    print(String(format: "  tread / glibc  = %.2f×   (goal ≥ 2×)", glibc.seconds / ours.seconds))
    if let python {
        print(String(format: "  tread / Python = %.0f×   (goal ≥ 150×)", python.seconds / ours.seconds))
    }
    print("")
}

func wrapSection(_ bytes: UnsafeBufferPointer<UInt8>, _ base: UnsafePointer<CChar>?) {
    print("wrap to 80 columns")
    let layout = TextLayout()
    let timings = race([
        { Int64(layout.lineRanges(inUTF8: bytes, width: 80).count) },
        { peer_icu_line_breaks(base, bytes.count) },
    ])
    let (wrap, icu) = (timings[0], timings[1])
    row("  tread wrap (Chinese rules)", wrap.seconds, "\(wrap.result) lines")
    row("  ICU ubrk line breaks only", icu.seconds, "\(icu.result) break opportunities")
    print(String(format: "  tread / ICU    = %.2f×   (goal ≥ 2×)", icu.seconds / wrap.seconds))
}
