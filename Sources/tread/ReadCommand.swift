import ArgumentParser
import Foundation
import Reader
import TerminalUI
import ThreadModel

/// `tread [FILE…]`: opens a thread; off a terminal, or with `--plain`, prints it as a tree.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open a thread (the default command).",
        discussion: """
            On a terminal, the thread opens full screen (? lists the keys). When standard output is not \
            a terminal, or with --plain, the thread is printed as a tree of text.
            """
    )

    @OptionGroup var input: ThreadInputOptions

    @Flag(name: .long, help: "Print the thread as a tree of text instead of opening the reader.")
    var plain = false

    @Flag(name: .long, help: "Draw tree guides in ASCII (|- `-) instead of box drawing.")
    var ascii = false

    @Option(name: .long, help: "Columns to fit the output into (default: $COLUMNS, else 80).")
    var width: Int?

    @OptionGroup var filtering: FilterOptions

    @Flag(name: .long, help: "Let y copy the selected reply to the clipboard through the terminal (OSC 52); also osc52 = true in config.toml.")
    var osc52 = false

    @Option(name: .long, help: ArgumentHelp("A configuration file to use instead of $XDG_CONFIG_HOME/tread/config.toml.", valueName: "file"))
    var config: String?

    @OptionGroup var theming: ThemeOptions

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        let thread = try input.loadThread()
        guard plain || isatty(STDOUT_FILENO) == 0 else {
            try openReader(on: thread)
            return
        }
        let writer = PlainTreeWriter(width: width ?? Self.environmentWidth, ascii: ascii)
        let classification = LayerClassification(thread: thread, layers: try filtering.layerOptions.loadLayers())
        let filter = try filtering.replyFilter(for: thread, classification: classification)
        let text = writer.render(thread, filter: filter, label: filtering.filter ?? "", classification: classification)
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Runs the reader full screen, with the thread's saved marks and reading position.
    private func openReader(on thread: DiscussionThread) throws {
        let configuration = try loadConfiguration()
        let allowsClipboard = osc52 || configuration.allowsClipboard
        let (themes, themeProblem) = theming.themes(configured: configuration.theme)
        var reader = ReaderState(thread: thread, width: 80, height: 24, layers: try filtering.layerOptions.loadLayers())
        var server = RequestServer(thread: thread, classification: reader.classification, store: MarkStore(thread: thread))
        server.loadMarks(into: &reader)
        if let themeProblem { reader.report(themeProblem) }
        if let reply = ReadingPositions.position(in: thread) { reader.selectReply(reply) }
        do {
            try TerminalReader.run(&reader, themes: themes, allowsClipboard: allowsClipboard) { request, state in
                server.serve(request, in: &state)
            }
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        // Saved before a signal ends tread, so even Ctrl-C keeps the place and the marks.
        let marks = Result { () throws(MarkStoreError) in try server.saveUnsaved() }
        let position = Result { try ReadingPositions.remember(reader.selectedReplyID, in: thread) }
        TerminalReader.endIfSignalled()
        if case .failure(let error) = marks { throw CommandFailure(message: "marks not saved: \(error)") }
        try position.get()
    }

    /// The settings of `--config FILE`, else of the user's `config.toml` if there is one.
    ///
    /// - Throws: ``CommandFailure`` naming the file and key when the file is bad.
    private func loadConfiguration() throws -> Configuration {
        do {
            return try Configuration.load(contentsOf: config ?? Configuration.userFile(), optional: config == nil)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
    }

    /// `$COLUMNS` when it holds a usable width, else 80.
    static var environmentWidth: Int {
        guard let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns >= 20 else { return 80 }
        return columns
    }
}
