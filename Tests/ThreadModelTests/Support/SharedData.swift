import Foundation
import Testing

/// The real Xueqiu files in `../shared` beside the checkout: read by tests, never copied.
enum SharedData {
    /// The shared folder: `../shared` beside the package.
    static let folder = ExternalTool.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether CI asked for these tests to fail rather than skip when the folder is missing.
    static let isRequired = ProcessInfo.processInfo.environment["TREAD_REQUIRE_SHARED"] == "1"

    /// Whether the shared folder is there.
    static let isAvailable = FileManager.default.fileExists(atPath: folder.appendingPathComponent("seed").path)

    /// Whether tests of the shared files should run: when the files are there, or required.
    static let shouldRun = isAvailable || isRequired

    /// The note shown when the tests are skipped.
    static let skipNote: Comment = "../shared is not beside the checkout; set TREAD_REQUIRE_SHARED=1 to make that a failure"

    /// The text of a shared file, e.g. `seed/xueqiu-ai-thread.txt`.
    static func text(_ relativePath: String) throws -> String {
        let url = folder.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ExternalTool.Missing(description: "\(url.path) is missing; the shared data must sit beside the checkout")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
