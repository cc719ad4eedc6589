/// A set of colours and attributes for every role the reader draws, read from a theme file
/// (`themes/*.toml`); a theme may inherit another and change only a few roles.
public struct Theme: Sendable {
    /// The theme's name: its file name without `.toml`.
    public var name: String
    /// The file it was read from.
    public var source: String
    /// Styles by role name (see ``roleNames``).
    var roles: [String: ThemeStyle]
    /// Tree guide styles, used in turn by depth.
    var guides: [ThemeStyle]
    /// Layer styles by layer name.
    var layers: [String: ThemeStyle]
    /// Layer styles for layers the theme does not name, used in turn by layer index.
    var layerFallback: [ThemeStyle]

    /// The roles a theme file may style, besides `[guides]` and `[layers]`.
    public static let roleNames = [
        "text", "dim", "author", "op-author", "time", "likes", "replies", "featured", "selection", "mark",
        "search-match", "emoticon", "mention", "stock", "hashtag", "link", "header", "status-bar", "prompt", "error", "help",
    ]

    /// The style of `role`; `layerNames` names the layers by index.
    func style(of role: StyleRole, layerNames: [String]) -> ThemeStyle {
        switch role {
        case .guide(let depth):
            return guides.isEmpty ? ThemeStyle() : guides[max(0, depth - 1) % guides.count]
        case .layer(let index):
            return ThemeStyle(bold: true).over(layerStyle(index, layerNames: layerNames))
        case .layerKeyword(let index):
            return ThemeStyle(underline: true).over(layerStyle(index, layerNames: layerNames))
        default:
            return roles[Self.roleName(of: role)] ?? ThemeStyle()
        }
    }

    private func layerStyle(_ index: Int, layerNames: [String]) -> ThemeStyle {
        if layerNames.indices.contains(index), let named = layers[layerNames[index]] { return named }
        return layerFallback.isEmpty ? ThemeStyle() : layerFallback[max(0, index) % layerFallback.count]
    }

    /// The name a theme file gives `role`.
    static func roleName(of role: StyleRole) -> String {
        switch role {
        case .text: "text"
        case .dim: "dim"
        case .author: "author"
        case .originalPosterAuthor: "op-author"
        case .time: "time"
        case .likes: "likes"
        case .replies: "replies"
        case .featured: "featured"
        case .guide: "guides"
        case .layer, .layerKeyword: "layers"
        case .emoticon: "emoticon"
        case .mention: "mention"
        case .stock: "stock"
        case .hashtag: "hashtag"
        case .link: "link"
        case .mark: "mark"
        case .searchMatch: "search-match"
        case .header: "header"
        case .statusBar: "status-bar"
        case .prompt: "prompt"
        case .error: "error"
        case .help: "help"
        }
    }
}
