import ArgumentParser
import Foundation
import Reader
import ThreadModel

/// `tread themes`: the themes there are, each with a preview line; `--check FILE` reads one.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes, each with a preview in its own colours on a terminal; --check reads a theme file.",
        discussion: "Themes are found in $XDG_CONFIG_HOME/tread/themes/ first, then among those installed with tread."
    )

    @Option(name: .long, help: ArgumentHelp("Read this theme file and say what is wrong with it, if anything (exit 1).", valueName: "file"))
    var check: String?

    func run() throws {
        let catalog = ThemeCatalog()
        if let check {
            do {
                _ = try catalog.theme(check)
                print("\(check): a good theme")
            } catch {
                throw CommandFailure(message: "\(error)")
            }
            return
        }
        let names = catalog.names
        guard !names.isEmpty else {
            throw CommandFailure(message: "no themes found (looked in \(catalog.folders.map(\.path).joined(separator: ", ")))")
        }
        // Stand-ins for emoji follow the C library's widths, which need a UTF-8 locale.
        _ = TerminalGlyph.useUTF8Locale()
        // Colours only for a terminal, at what it shows.
        let environment = ProcessInfo.processInfo.environment
        let depth = isatty(STDOUT_FILENO) == 1 ? ColorDepth.of(environment: environment) : .none
        let width = names.map(\.count).max() ?? 0
        for name in names {
            let label = name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
            do {
                let theme = try catalog.theme(name)
                print(label + preview(theme, depth: depth) + "  " + theme.source)
            } catch {
                print(label + "cannot be read: \(error)")
            }
        }
    }

    /// A reply header and a line of text drawn in `theme`'s colours, or plain at no depth.
    private func preview(_ theme: Theme, depth: ColorDepth) -> String {
        let layout = TextLayout()
        let parts: [(String, StyleRole)] = [
            ("├─ ", .guide(depth: 1)), ("北窗听雨", .originalPosterAuthor), (" [精]", .featured), (" 03-08 09:12", .time),
            (" 👍 86", .likes), (" 💬 4", .replies), (" 算力", .layer(0)), (" ", .text), ("GPU", .layerKeyword(0)),
            (" 不够 ", .text), ("@老K", .mention), (" ", .text), ("[捂脸]", .emoticon),
        ]
        var frame = Frame(width: parts.reduce(0) { $0 + layout.width(of: $1.0) }, height: 1)
        var column = 0
        for (text, role) in parts {
            column = frame.write(layout.clusters(of: text), row: 0, column: column, role: role)
        }
        guard depth != .none else { return frame.terminalLines[0] }
        let palette = Palette(theme: theme, depth: depth, layerNames: LayerSet.standard.layers.map(\.name))
        return frame.styledLines(palette: palette)[0]
    }
}
