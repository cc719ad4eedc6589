import ArgumentParser
import Foundation
import ThreadModel

/// `tread export`: writes a thread, or the replies marked or matched in it, as Markdown,
/// tread-thread/1 JSON or plain text, to standard output or a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a thread, or its marked or matching replies, as Markdown, JSON (tread-thread/1) or plain text.",
        discussion: """
            Without --marked or --filter every reply is written; with both, the replies marked and matching. \
            Files are written to a temporary file and renamed into place; an existing file is kept unless --force.
            """
    )

    @OptionGroup var input: ThreadInputOptions

    @Flag(name: .long, help: "Only the replies marked in the reader.")
    var marked = false

    @Flag(name: .long, help: "With each reply, the replies it answers.")
    var context = false

    @Option(name: .long, help: "The output format (default: from the -o file's extension, else md).")
    var format: ExportFormat?

    @Option(name: .long, help: ArgumentHelp("The columns plain text is wrapped to.", valueName: "columns"))
    var width = 80

    @OptionGroup var destination: OutputOptions

    @OptionGroup var filtering: FilterOptions

    func validate() throws {
        if width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        let thread = try input.loadThread()
        let classification = LayerClassification(thread: thread, layers: try filtering.layerOptions.loadLayers())
        var chosen = try filtering.replyFilter(for: thread, classification: classification)?.matches
            ?? Array(repeating: true, count: thread.replies.count)
        if marked {
            let marks: Set<ReplyID>
            do {
                marks = try MarkStore(thread: thread).load().marks
            } catch {
                throw CommandFailure(message: "\(error)")
            }
            for reply in thread.replies.indices where !marks.contains(thread.replies[reply].id) { chosen[reply] = false }
        }
        let export = ThreadExport(thread: thread, chosen: chosen, context: context)
        try destination.write(export.document(as: chosenFormat, classification: classification, width: width))
    }

    /// --format, else what the output file's name says, else Markdown.
    private var chosenFormat: ExportFormat {
        if let format { return format }
        let name = destination.output ?? ""
        return ExportFormat.allCases.first { name.hasSuffix("." + $0.fileExtension) } ?? .markdown
    }
}

extension ExportFormat: ExpressibleByArgument {}
