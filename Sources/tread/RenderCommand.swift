import ArgumentParser
import Foundation
import Reader
import ThreadModel

/// `tread render`: the reader without a terminal; applies keys and prints the final screen.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the reader's screen for a thread after some keys, without a terminal.",
        discussion: """
            Keys are typed characters, \\n for Enter, \\e for Escape, and <Up> <Down> <Left> <Right> \
            <PgDn> <PgUp> <Home> <End> <C-d> for named keys. The screen is exactly what a terminal \
            shows after the same keys, including the stand-ins drawn for characters (such as ❤️) \
            whose width the C library counts differently.
            """
    )

    @OptionGroup var input: ThreadInputOptions

    @Option(name: .long, help: ArgumentHelp("The screen size, columns x rows.", valueName: "WxH"))
    var size: String = "100x30"

    @Option(name: .long, help: "Keys to apply before printing the screen.")
    var keys: String = ""

    @Flag(name: .long, help: "Style the screen with SGR sequences, in the colours TERM and COLORTERM allow (none with NO_COLOR).")
    var color = false

    @OptionGroup var theming: ThemeOptions

    func run() throws {
        let (width, height) = try parsedSize()
        let keys: [Key]
        do {
            keys = try KeySequence.keys(self.keys)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        var reader = ReaderState(thread: try input.loadThread(), width: width, height: height)
        for key in keys where !reader.isFinished { reader.handle(key) }
        // Stand-ins depend on the C library's widths, which need a UTF-8 locale, as on a terminal.
        _ = TerminalGlyph.useUTF8Locale()
        let frame = reader.render()
        let lines = color ? frame.styledLines(palette: palette(for: reader)) : frame.terminalLines
        let screen = lines.joined(separator: "\n") + "\n"
        FileHandle.standardOutput.write(Data(screen.utf8))
    }

    /// The chosen theme at the depth TERM and COLORTERM allow; the mono theme without colour.
    /// A theme that cannot be read is said on standard error, and default used.
    private func palette(for reader: ReaderState) -> Palette {
        let depth = ColorDepth.of(environment: ProcessInfo.processInfo.environment)
        let catalog = ThemeCatalog()
        let (chosen, problem) = theming.chosen(configured: nil, catalog: catalog)
        if let problem { FileHandle.standardError.write(Data("tread: \(problem)\n".utf8)) }
        let layerNames = reader.classification.layers.layers.map(\.name)
        // Only the themes drawn are read: the chosen one, mono without colour, default failing both.
        let theme = (depth == .none ? try? catalog.theme("mono") : nil) ?? chosen ?? (try? catalog.theme("default"))
        return theme.map { Palette(theme: $0, depth: depth, layerNames: layerNames) } ?? .plain(layerNames: layerNames)
    }

    private func parsedSize() throws -> (Int, Int) {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (1...1000).contains(parts[0]), (1...1000).contains(parts[1]) else {
            throw ValidationError("--size takes columns x rows, e.g. 100x30")
        }
        return (parts[0], parts[1])
    }
}
