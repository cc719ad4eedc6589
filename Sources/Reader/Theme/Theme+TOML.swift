import ThreadModel

extension Theme {
    /// The theme in TOML `text`, called `name`, read from `source`; `inherited` gives the
    /// theme named by `inherits`, whose roles this one's override.
    ///
    /// ```toml
    /// inherits = "default"
    ///
    /// [author]
    /// fg = "#1e6bb8"
    /// bold = true
    ///
    /// [guides]
    /// colors = [31, 71, 136]
    ///
    /// [layers]
    /// compute = "red"
    /// fallback = ["blue", "green"]
    /// ```
    ///
    /// - Throws: ``SettingsError`` naming the file, the key (and the line where the TOML parser
    ///   gives one) and the problem.
    public static func parse(_ text: String, name: String, source: String, inherited: (String) throws -> Theme) throws -> Theme {
        let table = try TOMLDocument.table(parsing: text, source: source)
        func failure(_ problem: String) -> SettingsError { SettingsError(source: source, problem: problem) }
        var theme = Theme(name: name, source: source, roles: [:], guides: [], layers: [:], layerFallback: [])
        if let parent = table["inherits"] {
            guard let parentName = parent.string else { throw failure("'inherits' must be a theme's name") }
            guard parentName != name else { throw failure("'inherits' names the theme itself") }
            theme = try inherited(parentName)
            theme.name = name
            theme.source = source
        }
        for key in table.keys.sorted() where key != "inherits" {
            guard let value = table[key]?.table else { throw failure("'\(key)' must be a table") }
            switch key {
            case "guides":
                guard let colors = value["colors"]?.array, value.keys.allSatisfy({ $0 == "colors" }) else {
                    throw failure("'guides' takes one key, colors = [ … ]")
                }
                theme.guides = try colors.enumerated().map { ThemeStyle(foreground: try color($1, key: "guides.colors[\($0)]", source: source)) }
            case "layers":
                for layer in value.keys.sorted() {
                    if layer == "fallback" {
                        guard let colors = value[layer]?.array else { throw failure("'layers.fallback' must be a list of colours") }
                        theme.layerFallback = try colors.enumerated().map { ThemeStyle(foreground: try color($1, key: "layers.fallback[\($0)]", source: source)) }
                    } else if let entry = value[layer] {
                        theme.layers[layer] = ThemeStyle(foreground: try color(entry, key: "layers.\(layer)", source: source))
                    }
                }
            default:
                guard roleNames.contains(key) else {
                    throw failure("unknown role '\(key)' (roles: \(roleNames.joined(separator: ", ")), guides, layers)")
                }
                theme.roles[key] = try style(value, key: key, source: source).over(theme.roles[key] ?? ThemeStyle())
            }
        }
        return theme
    }

    private static let styleKeys = ["fg", "bg", "bold", "dim", "underline", "reverse"]

    private static func style(_ table: TOMLTable, key: String, source: String) throws -> ThemeStyle {
        var style = ThemeStyle()
        for field in table.keys.sorted() {
            guard let value = table[field] else { continue }
            switch field {
            case "fg": style.foreground = try color(value, key: "\(key).fg", source: source)
            case "bg": style.background = try color(value, key: "\(key).bg", source: source)
            case "bold", "dim", "underline", "reverse":
                guard let flag = value.bool else {
                    throw SettingsError(source: source, problem: "'\(key).\(field)' must be true or false")
                }
                switch field {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                throw SettingsError(source: source, problem: "unknown key '\(key).\(field)' (keys: \(styleKeys.joined(separator: ", ")))")
            }
        }
        return style
    }

    private static func color(_ value: TOMLValue, key: String, source: String) throws -> ThemeColor {
        if let number = value.int {
            guard (0...255).contains(number) else {
                throw SettingsError(source: source, problem: "'\(key)': colour \(number) is not 0–255")
            }
            return .index(number)
        }
        if let text = value.string, let color = ThemeColor(text: text) { return color }
        let shown = value.string.map { "'\($0)'" } ?? "that value"
        throw SettingsError(source: source, problem: "'\(key)': \(shown) is not a colour (a name such as red or bright-blue, 0–255, #rrggbb, or default)")
    }
}
