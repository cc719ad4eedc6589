import ArgumentParser
import Foundation
import ThreadModel

/// `tread export`: writes a thread in another format, to standard output or a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a thread in tread's JSON format (tread-thread/1).",
        discussion: "Files are written to a temporary file and renamed into place; an existing file is kept unless --force."
    )

    /// Output formats; more arrive with marks and filters.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @OptionGroup var input: ThreadInputOptions

    @Option(name: .long, help: "The output format.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    func run() throws {
        let thread = try input.loadThread()
        let bytes = NativeThreadWriter.data(for: thread)
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
