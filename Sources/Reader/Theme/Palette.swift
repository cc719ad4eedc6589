import ThreadModel

/// A theme made ready for one terminal: every role's style at the terminal's colour depth,
/// with the layers in force named, looked up without work while painting.
public struct Palette: Sendable {
    /// The colour depth the styles are for.
    public let depth: ColorDepth
    /// The theme's name.
    public let themeName: String
    private let fixed: [String: CellStyle]
    private let selection: ThemeStyle
    private let guides: [CellStyle]
    private let layerTags: [CellStyle]
    private let layerKeywords: [CellStyle]

    /// `theme` at `depth`, for the layers named `layerNames` in index order.
    public init(theme: Theme, depth: ColorDepth, layerNames: [String]) {
        self.depth = depth
        themeName = theme.name
        // The text's background is the screen's: roles that set none are drawn on it.
        let screen = ThemeStyle(background: theme.roles["text"]?.background)
        func resolved(_ style: ThemeStyle) -> CellStyle { style.over(screen).cellStyle(at: depth) }
        var fixed: [String: CellStyle] = [:]
        for name in Theme.roleNames { fixed[name] = resolved(theme.roles[name] ?? ThemeStyle()) }
        self.fixed = fixed
        selection = theme.roles["selection"] ?? ThemeStyle(reverse: true)
        guides = theme.guides.map(resolved)
        layerTags = layerNames.indices.map { resolved(theme.style(of: .layer($0), layerNames: layerNames)) }
        layerKeywords = layerNames.indices.map { resolved(theme.style(of: .layerKeyword($0), layerNames: layerNames)) }
    }

    /// Plain text with the header, status bar, prompts and selection in reverse video: what
    /// tread draws when no theme can be read at all.
    public static func plain(layerNames: [String]) -> Palette {
        let inverse = ThemeStyle(reverse: true)
        let theme = Theme(name: "plain", source: "built in", roles: ["header": inverse, "status-bar": inverse, "help": inverse,
                                                                       "error": inverse, "selection": inverse, "search-match": inverse],
                          guides: [], layers: [:], layerFallback: [])
        return Palette(theme: theme, depth: .none, layerNames: layerNames)
    }

    /// The style of `role`.
    public func style(of role: StyleRole) -> CellStyle {
        switch role {
        case .guide(let depth): return guides.isEmpty ? CellStyle() : guides[max(0, depth - 1) % guides.count]
        case .layer(let index): return layerTags.indices.contains(index) ? layerTags[index] : CellStyle(bold: true)
        case .layerKeyword(let index): return layerKeywords.indices.contains(index) ? layerKeywords[index] : CellStyle(underline: true)
        default: return fixed[Theme.roleName(of: role)] ?? CellStyle()
        }
    }

    /// The style of `cell`: its role's, with the selection's over it when the cell is selected.
    public func style(of cell: Cell) -> CellStyle {
        let style = style(of: cell.role)
        guard cell.isSelected else { return style }
        var selected = style
        if let foreground = selection.foreground { selected.foreground = foreground.terminalColor(at: depth) }
        if let background = selection.background { selected.background = background.terminalColor(at: depth) }
        if selection.bold == true { selected.bold = true }
        if selection.underline == true { selected.underline = true }
        // Reverse toggles, so a selected cell of a reversed role still stands out.
        if selection.reverse == true { selected.reverse.toggle() }
        return selected
    }
}
