import ArgumentParser
import Foundation

/// The `tread` command: a terminal reader for Chinese discussion threads.
@main
struct Tread: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tread",
        abstract: "Read Chinese (CJK) discussion threads in the terminal.",
        subcommands: [ReadCommand.self, RenderCommand.self, ExportCommand.self, LayersCommand.self, ThemesCommand.self, GenerateCommand.self, LayoutCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// Runs the command, reporting tread's own errors as one line `tread: …` and exit status 1.
    static func main() {
        // Past a file-size limit (`ulimit -f`) a write would kill tread with SIGXFSZ; ignored,
        // the write fails with EFBIG, which is reported like a full disk.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CommandFailure {
            FileHandle.standardError.write(Data("tread: \(error.message)\n".utf8))
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
