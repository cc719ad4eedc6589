import Foundation
import ThreadModel

// Import throughput of tread's importers on generated threads, beside Python's json.load (C
// parser) and Foundation's JSONSerialization on the same native JSON file.

/// Runs the import section on generated inputs of about `megabytes` MB each.
func importSection(megabytes: Int) {
    // About 470 bytes of JSON per generated reply.
    let replies = max(1000, megabytes * 1_000_000 / 470)
    let thread = ThreadGenerator(replyCount: replies, seed: 7).thread()
    let folder = FileManager.default.temporaryDirectory
    let jsonPath = folder.appendingPathComponent("tread-bench-thread.json").path
    let pagePath = folder.appendingPathComponent("tread-bench-thread.txt").path
    let json = Data(NativeThreadWriter.data(for: thread))
    let page = Data(XueqiuPageWriter.text(for: thread).utf8)
    _ = FileManager.default.createFile(atPath: jsonPath, contents: json)
    _ = FileManager.default.createFile(atPath: pagePath, contents: page)
    defer {
        try? FileManager.default.removeItem(atPath: jsonPath)
        try? FileManager.default.removeItem(atPath: pagePath)
    }
    let jsonMB = Double(json.count) / 1_000_000
    let pageMB = Double(page.count) / 1_000_000
    print(String(format: "import (%d generated replies: tread-thread/1 %.1f MB, page text %.1f MB; file read included)",
                 replies, jsonMB, pageMB))
    // Python runs once per round, between the others, so a noisy neighbour slows all alike; the
    // time it reports is measured inside Python, without its start-up.
    var python = Double.infinity
    let timings = race([
        { Int64(importFile(jsonPath)) },
        { Int64(importFile(pagePath)) },
        { Int64(foundationParse(jsonPath)) },
        {
            python = min(python, pythonJSONLoad(jsonPath) ?? .infinity)
            return 0
        },
    ], rounds: 5)
    importRow("  tread tread-thread/1 importer", jsonMB, timings[0].seconds, "\(timings[0].result) replies")
    importRow("  tread page-text importer", pageMB, timings[1].seconds, "\(timings[1].result) replies")
    importRow("  Foundation JSONSerialization", jsonMB, timings[2].seconds, "parse only, \(timings[2].result) replies")
    guard python.isFinite else {
        print("  Python json.load: python3 not found")
        return
    }
    importRow("  Python json.load (C parser)", jsonMB, python, "parse only")
    print(String(format: "  tread-thread/1 / Python json.load = %.2f×   (goal ≥ 1×)", python / timings[0].seconds))
}

/// Reads and imports `path` as tread does: mapped, checked for invalid UTF-8, then imported.
private func importFile(_ path: String) -> Int {
    guard let input = try? ImportInput(contentsOfFile: path), input.check().firstNULOffset == nil else { return -1 }
    return (try? ThreadImporter.importThread(from: [input]).replies.count) ?? -1
}

private func foundationParse(_ path: String) -> Int {
    guard let data = FileManager.default.contents(atPath: path),
          let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          let replies = object["replies"] as? [Any]
    else { return -1 }
    return replies.count
}

private func pythonJSONLoad(_ path: String) -> Double? {
    let script = """
    import sys, time, json
    start = time.perf_counter()
    json.load(open(sys.argv[1], encoding="utf-8"))
    print(time.perf_counter() - start)
    """
    guard let text = python(script, path) else { return nil }
    return Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
}

private func importRow(_ name: String, _ megabytes: Double, _ seconds: Double, _ detail: String) {
    print(name.padding(toLength: 34, withPad: " ", startingAt: 0)
          + String(format: "%10.1f MB/s  %9.1f ms   ", megabytes / seconds, seconds * 1000) + detail)
}
