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

    @OptionGroup var settings: SettingsOptions

    @Flag(name: .customLong("print-config"), help: "Print the configuration in force, each setting with where it came from, and exit.")
    var printConfig = false

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        let configuration = try settings.load()
        // Bindings are checked even when no reader opens, so a bad one never waits unseen.
        let keymap = try settings.keymap(configuration)
        if printConfig {
            var overrides: [String: String] = [:]
            if ascii { overrides["ascii"] = "--ascii" }
            if osc52 { overrides["osc52"] = "--osc52" }
            print(settings.printed(configuration, keymap: keymap, overrides: overrides), terminator: "")
            return
        }
        let thread = try input.loadThread()
        guard plain || isatty(STDOUT_FILENO) == 0 else {
            try openReader(on: thread, configuration: configuration)
            return
        }
        let writer = PlainTreeWriter(width: width ?? Self.environmentWidth, ascii: ascii || configuration.asciiGuides,
                                     layout: TextLayout(ambiguousWidth: configuration.ambiguousWidth))
        let classification = LayerClassification(thread: thread, layers: try filtering.layerOptions.loadLayers())
        let filter = try filtering.replyFilter(for: thread, classification: classification)
        let text = writer.render(thread, filter: filter, label: filtering.filter ?? "", classification: classification)
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Runs the reader full screen, with the thread's saved marks and reading position.
    private func openReader(on thread: DiscussionThread, configuration: Configuration) throws {
        let allowsClipboard = osc52 || configuration.allowsClipboard
        let (themes, themeProblem) = settings.theming.themes(configured: configuration.theme)
        var reader = try settings.reader(of: thread, width: 80, height: 24, layers: try filtering.layerOptions.loadLayers(),
                                         configuration: configuration, ascii: ascii)
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

    /// `$COLUMNS` when it holds a usable width, else 80.
    static var environmentWidth: Int {
        guard let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns >= 20 else { return 80 }
        return columns
    }
}
