/// The colour and attributes a cell is drawn with, until themes arrive: 256-colour indices on
/// the terminal's own background, with 8-colour fallbacks. The terminal painter and
/// `tread render --color` both draw from it, so they agree.
public struct CellStyle: Hashable, Sendable {
    /// A colour index, or -1 for the terminal's default.
    public var foreground: Int16
    /// Bold.
    public var bold = false
    /// Dim, where a colour cannot show that text is secondary.
    public var dim = false
    /// Underlined.
    public var underline = false
    /// Foreground and background swapped.
    public var reverse = false

    /// The style of `cell` on a terminal with `colors` colours (0 for none): its role's, reversed
    /// when the cell is selected.
    public static func of(_ cell: Cell, colors: Int) -> CellStyle {
        var style = of(cell.role, colors: colors)
        if cell.isSelected { style.reverse.toggle() }
        return style
    }

    /// The style of `role` on a terminal with `colors` colours.
    public static func of(_ role: StyleRole, colors: Int) -> CellStyle {
        let rich = colors >= 256
        func color(_ index256: Int16, _ index8: Int16) -> Int16 { colors < 8 ? -1 : rich ? index256 : index8 }
        switch role {
        case .text: return CellStyle(foreground: -1)
        case .dim: return CellStyle(foreground: color(244, -1), dim: !rich)
        case .author: return CellStyle(foreground: color(32, 4), bold: true)
        case .originalPosterAuthor: return CellStyle(foreground: color(166, 1), bold: true)
        case .time: return CellStyle(foreground: color(245, -1), dim: !rich)
        case .likes: return CellStyle(foreground: color(167, 1))
        case .replies: return CellStyle(foreground: color(67, 4))
        case .featured: return CellStyle(foreground: color(178, 3), bold: true)
        case .guide(let depth):
            let slot = max(0, depth - 1) % 6
            return CellStyle(foreground: color([31, 71, 136, 133, 66, 166][slot], [6, 2, 3, 5, 4, 1][slot]))
        case .layer(let index):
            return CellStyle(foreground: layerColor(index, colors: colors), bold: true)
        case .layerKeyword(let index):
            return CellStyle(foreground: layerColor(index, colors: colors), underline: true)
        case .emoticon: return CellStyle(foreground: color(172, 3))
        case .mention: return CellStyle(foreground: color(69, 4))
        case .stock: return CellStyle(foreground: color(160, 1))
        case .hashtag: return CellStyle(foreground: color(98, 5))
        case .link: return CellStyle(foreground: color(39, 6), underline: true)
        case .mark: return CellStyle(foreground: color(35, 2), bold: true, underline: true)
        case .searchMatch: return CellStyle(foreground: color(220, 3), bold: true, reverse: true)
        case .header: return CellStyle(foreground: -1, bold: true, reverse: true)
        case .statusBar: return CellStyle(foreground: -1, reverse: true)
        case .prompt: return CellStyle(foreground: -1, bold: true)
        case .error: return CellStyle(foreground: color(196, 1), bold: true, reverse: true)
        case .help: return CellStyle(foreground: -1, reverse: true)
        }
    }

    /// Layer `index`'s colour: its tags and its keywords in reply text share it.
    private static func layerColor(_ index: Int, colors: Int) -> Int16 {
        guard colors >= 8 else { return -1 }
        let slot = max(0, index) % 6
        return colors >= 256 ? [160, 33, 34, 178, 133, 37][slot] : [1, 4, 2, 3, 5, 6][slot]
    }
}
