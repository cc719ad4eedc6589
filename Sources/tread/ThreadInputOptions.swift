import ArgumentParser
import Foundation
import ThreadModel

/// The options every command that opens a thread shares: which files, in what format, by whom.
struct ThreadInputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Thread files; '-' or a pipe reads standard input; none opens the bundled sample thread.",
        discussion: "Several Xueqiu API JSON files (a post and pages of comments) merge into one thread."
    ))
    var files: [String] = []

    @Option(name: .long, help: "Read the input as this format instead of detecting it: xueqiu-page, xueqiu-json or tread.")
    var from: InputFormat?

    @Option(name: .long, help: ArgumentHelp("The post author's name, for inputs that do not say it.", valueName: "name"))
    var op: String?

    /// Reads and imports the thread, reporting replaced invalid UTF-8 once per file.
    ///
    /// - Throws: ``CommandFailure`` with the file and place of the problem.
    func loadThread() throws -> DiscussionThread {
        let inputs = try readInputs()
        do {
            return try ThreadImporter.importThread(from: inputs, format: from, options: ImportOptions(originalPoster: op))
        } catch {
            throw CommandFailure(message: "\(error)")
        }
    }

    private func readInputs() throws -> [ImportInput] {
        var paths: [String?] = files.map { $0 }
        if paths.isEmpty {
            guard Self.standardInputHasData else { return [try BundledSample.input()] }
            paths = [nil]
        }
        return try paths.map { path in
            let text = try InputText.read(path)
            text.noteRepairs()
            return text.input
        }
    }

    /// Whether standard input is a pipe or a file, not a terminal or a device such as /dev/null.
    private static var standardInputHasData: Bool {
        var status = stat()
        guard fstat(STDIN_FILENO, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind == S_IFIFO || kind == S_IFREG || kind == S_IFSOCK
    }
}

extension InputFormat: ExpressibleByArgument {}
