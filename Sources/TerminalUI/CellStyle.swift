import CNcursesw
import Reader

/// The colours and attributes each style role gets until themes arrive: 256-colour indices
/// with the terminal's own background, and 8-colour fallbacks.
struct CellStyle: Hashable {
    /// A colour index, or -1 for the terminal's default.
    var foreground: Int16
    var bold = false
    var dim = false
    var underline = false
    var reverse = false

    static func of(_ role: StyleRole, colors: Int) -> CellStyle {
        let rich = colors >= 256
        func color(_ index256: Int16, _ index8: Int16) -> Int16 { rich ? index256 : index8 }
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
            let palette: [Int16] = rich ? [31, 71, 136, 133, 66, 166] : [6, 2, 3, 5, 4, 1]
            return CellStyle(foreground: palette[(depth - 1 + palette.count) % palette.count])
        case .emoticon: return CellStyle(foreground: color(172, 3))
        case .mention: return CellStyle(foreground: color(69, 4))
        case .stock: return CellStyle(foreground: color(160, 1))
        case .hashtag: return CellStyle(foreground: color(98, 5))
        case .link: return CellStyle(foreground: color(39, 6), underline: true)
        case .searchMatch: return CellStyle(foreground: color(220, 3), bold: true, reverse: true)
        case .header: return CellStyle(foreground: -1, bold: true, reverse: true)
        case .statusBar: return CellStyle(foreground: -1, reverse: true)
        case .prompt: return CellStyle(foreground: -1, bold: true)
        case .error: return CellStyle(foreground: color(196, 1), bold: true, reverse: true)
        case .help: return CellStyle(foreground: -1, reverse: true)
        }
    }

    var attributes: attr_t {
        var value: attr_t = 0
        if bold { value |= tread_attr_bold() }
        if dim { value |= tread_attr_dim() }
        if underline { value |= tread_attr_underline() }
        if reverse { value |= tread_attr_reverse() }
        return value
    }
}
