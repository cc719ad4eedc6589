extension Frame {
    /// The rows as ``terminalLines``, with SGR sequences giving each run of cells its style on a
    /// terminal of `colors` colours (0: attributes only). Each row starts from and returns to
    /// the default style; trailing blanks are trimmed where they show nothing.
    public func styledLines(colors: Int) -> [String] {
        (0..<height).map { row in
            var cells = (0..<width).map { self[row, $0] }
            while let last = cells.last, last.text == " ", CellStyle.of(last, colors: colors).isInvisibleOnBlank {
                cells.removeLast()
            }
            var line = ""
            var current = CellStyle(foreground: -1)
            for cell in cells {
                let style = CellStyle.of(cell, colors: colors)
                if style != current {
                    line += style.selectGraphicRendition
                    current = style
                }
                line += TerminalGlyph.text(for: cell)
            }
            return current == CellStyle(foreground: -1) ? line : line + "\u{1B}[0m"
        }
    }
}

extension CellStyle {
    /// The SGR sequence that sets exactly this style, starting from a reset.
    var selectGraphicRendition: String {
        var codes = ["0"]
        if bold { codes.append("1") }
        if dim { codes.append("2") }
        if underline { codes.append("4") }
        if reverse { codes.append("7") }
        switch foreground {
        case 0..<8: codes.append("\(30 + foreground)")
        case 8...: codes.append("38;5;\(foreground)")
        default: break
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// Whether a blank in this style looks like no cell at all.
    var isInvisibleOnBlank: Bool { !underline && !reverse }
}
