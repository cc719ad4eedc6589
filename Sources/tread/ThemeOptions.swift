import ArgumentParser
import Reader
import ThreadModel

/// `--theme NAME|PATH`: the theme the reader (and `render --color`) draws with.
struct ThemeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A theme's name (see tread themes) or a theme file; else theme in config.toml, else default.",
        valueName: "theme"
    ))
    var theme: String?

    /// The themes in the order `T` goes through them, the chosen one first. A chosen theme that
    /// cannot be read gives way to `default`, with the reason: a bad theme never stops tread.
    func themes(configured: String?, catalog: ThemeCatalog = ThemeCatalog()) -> (themes: [Theme], problem: String?) {
        let wanted = theme ?? configured ?? "default"
        var problem: String?
        var first: Theme?
        do {
            first = try catalog.theme(wanted)
        } catch {
            problem = "\(error); using default"
        }
        let others = catalog.names.filter { $0 != first?.name }.compactMap { try? catalog.theme($0) }
        guard let first else {
            if others.isEmpty { problem = (problem ?? "") + " (no themes installed: colours off)" }
            return (others, problem)
        }
        return ([first] + others, problem)
    }
}
