import Foundation
import ThreadModel

/// The sample thread installed beside the binary, opened when tread is given nothing to read.
enum BundledSample {
    /// The resource bundle SwiftPM places next to the executable.
    private static let bundleName = "tread_tread.resources"
    private static let fileName = "sample-thread.json"

    /// The sample thread's text, named for messages.
    ///
    /// - Throws: ``CommandFailure`` when the resources were not installed with the binary.
    static func input() throws -> ImportInput {
        let executableFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [Bundle.main.bundleURL, executableFolder].map {
            $0.appendingPathComponent(bundleName).appendingPathComponent(fileName)
        }
        for url in candidates {
            if let data = FileManager.default.contents(atPath: url.path) {
                return ImportInput(name: "sample-thread.json", text: String(decoding: data, as: UTF8.self))
            }
        }
        throw CommandFailure(message: "the bundled sample thread is missing (looked for \(candidates[0].path)); give a thread file")
    }
}
