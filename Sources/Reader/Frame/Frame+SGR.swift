extension Frame {
    /// The rows as ``terminalLines``, with SGR sequences giving each run of cells its style
    /// from `palette`. Each row starts from and returns to the default style; trailing blanks
    /// are trimmed where they show nothing.
    public func styledLines(palette: Palette) -> [String] {
        (0..<height).map { row in
            var cells = (0..<width).map { self[row, $0] }
            while let last = cells.last, last.text == " ", palette.style(of: last).isInvisibleOnBlank {
                cells.removeLast()
            }
            var line = ""
            var current = CellStyle()
            for cell in cells {
                let style = palette.style(of: cell)
                if style != current {
                    line += style.selectGraphicRendition
                    current = style
                }
                line += TerminalGlyph.text(for: cell)
            }
            return current == CellStyle() ? line : line + "\u{1B}[0m"
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
        if let foreground { codes.append(Self.code(foreground, base: 30)) }
        if let background { codes.append(Self.code(background, base: 40)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// The SGR parameters for `color`: `base` is 30 for the foreground, 40 for the background.
    private static func code(_ color: TerminalColor, base: Int) -> String {
        switch color {
        case .index(let index) where index < 8: "\(base + index)"
        case .index(let index) where index < 16: "\(base + 60 + index - 8)"
        case .index(let index): "\(base + 8);5;\(index)"
        case .rgb(let red, let green, let blue): "\(base + 8);2;\(red);\(green);\(blue)"
        }
    }

    /// Whether a blank in this style looks like no cell at all.
    var isInvisibleOnBlank: Bool { !underline && !reverse && background == nil }
}
