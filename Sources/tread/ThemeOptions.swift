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
        let (first, reason) = chosen(configured: configured, catalog: catalog)
        var problem = reason
        let others = catalog.names.filter { $0 != first?.name }.compactMap { try? catalog.theme($0) }
        guard let first else {
            if others.isEmpty { problem = (problem ?? "") + " (no themes installed: colours off)" }
            return (others, problem)
        }
        return ([first] + others, problem)
    }

    /// The theme chosen by `--theme`, else `configured`, else `default`; nil with the reason
    /// when it cannot be read.
    func chosen(configured: String?, catalog: ThemeCatalog = ThemeCatalog()) -> (theme: Theme?, problem: String?) {
        do {
            return (try catalog.theme(theme ?? configured ?? "default"), nil)
        } catch {
            return (nil, "\(error); using default")
        }
    }
}
