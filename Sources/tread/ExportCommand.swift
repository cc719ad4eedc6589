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

    @OptionGroup var destination: OutputOptions

    @OptionGroup var filtering: FilterOptions

    func run() throws {
        let thread = try filtering.apply(to: try input.loadThread())
        try destination.write(NativeThreadWriter.data(for: thread))
    }
}
