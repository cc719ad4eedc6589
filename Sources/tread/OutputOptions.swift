import ArgumentParser
import Foundation
import ThreadModel

/// Where a command writes what it makes: standard output, or a file written atomically.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    /// Writes `bytes` to the file (through a temporary file, never over an existing one unless
    /// `--force`), or to standard output when there is none or it is `-`.
    ///
    /// - Throws: ``CommandFailure`` naming the path when the file cannot be written.
    func write(_ bytes: [UInt8]) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try AtomicFile.write(bytes, to: output, replacing: force)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
    }
}
