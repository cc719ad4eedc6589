import Foundation

/// Runs a reference tool (Python, a Unicode data file) that a conformance test compares against.
enum ExternalTool {
    /// Failure to run a reference, with what to install.
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The folder of this test target's sources.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `python3 script arguments…` from the Conformance folder and returns its standard output.
    static func python(_ script: String, _ arguments: [String] = []) throws -> String {
        let path = testsFolder.appendingPathComponent("Conformance/\(script)").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Missing(description: "\(script) failed (pip install wcwidth==0.7.0 jsonschema?): \(errorText)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of a Unicode data file from Debian's unicode-data package.
    static func unicodeData(_ relativePath: String) throws -> String {
        let path = "/usr/share/unicode/\(relativePath)"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Missing(description: "\(path) is missing: apt-get install unicode-data")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
