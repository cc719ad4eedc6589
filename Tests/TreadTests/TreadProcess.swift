import Foundation

/// Runs the built `tread` binary as a user would, and collects what it printed.
struct TreadProcess {
    /// What one run printed, and how it ended.
    struct Result {
        var standardOutput: String
        var standardError: String
        var status: Int32
    }

    /// The `tread` binary built beside this test bundle.
    static let executable: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("tread")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/tread")
    }()

    /// Runs `tread arguments…` with `input` piped to standard input (nil: /dev/null, as from a
    /// terminal with nothing piped), and `environment` added to this process's own; with
    /// `shell`, runs `/bin/sh arguments…` instead, to set limits before tread starts.
    static func run(_ arguments: [String], input: Data? = Data(), environment extra: [String: String] = [:], shell: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = shell ? URL(fileURLWithPath: "/bin/sh") : executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LINES"] = nil
        environment["COLUMNS"] = nil
        environment.merge(extra) { $1 }
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        // Standard error is read beside standard output: a child that fills one pipe while
        // the other is read would wait for ever.
        let errors = ErrorsReader(stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorText = errors.wait()
        return Result(standardOutput: String(decoding: output, as: UTF8.self),
                      standardError: String(decoding: errorText, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// A new temporary file holding `bytes`.
    static func temporaryFile(_ bytes: Data, name: String = UUID().uuidString) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tread-test-\(name)")
        try bytes.write(to: url)
        return url
    }

    /// Reads a pipe to its end on a thread of its own.
    private final class ErrorsReader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}
