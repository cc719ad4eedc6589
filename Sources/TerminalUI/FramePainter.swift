import CNcursesw
import Reader

/// Paints frames on the ncurses screen, writing only the cells that changed since the last one.
///
/// Each cell goes out as the stand-in ``TerminalGlyph`` gives, so ncurses' cursor (moved by
/// the C library's widths) and the terminal's stay on the columns the model chose.
final class FramePainter {
    private var previous: Frame?
    private var pairs: [ColorPair: Int32] = [:]
    /// The styles cells are drawn with; replaced when the theme changes.
    var palette: Palette {
        didSet {
            pairs = [:]
            previous = nil
        }
    }

    /// A text and background colour, as ncurses numbers them (-1: the terminal's default).
    private struct ColorPair: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(palette: Palette) {
        self.palette = palette
    }

    /// Forgets what is on screen, so the next paint writes every cell (after a resize).
    func invalidate() {
        previous = nil
        werase(tread_stdscr())
    }

    /// Writes the cells of `frame` that differ from the last frame painted, then refreshes.
    func paint(_ frame: Frame) {
        let window = tread_stdscr()
        let old = previous.flatMap { $0.width == frame.width && $0.height == frame.height ? $0 : nil }
        if old == nil { werase(window) }
        for row in 0..<frame.height {
            for column in 0..<frame.width {
                let cell = frame[row, column]
                guard !cell.isContinuation, changed(cell, row: row, column: column, from: old, in: frame) else { continue }
                draw(cell, row: row, column: column, window: window)
            }
        }
        previous = frame
        wnoutrefresh(window)
        doupdate()
    }

    /// Whether a cell must be written: it differs, or it is wide and what lay under its right half did.
    private func changed(_ cell: Cell, row: Int, column: Int, from old: Frame?, in frame: Frame) -> Bool {
        guard let old else { return true }
        if old[row, column] != cell { return true }
        return cell.width == 2 && column + 1 < frame.width && old[row, column + 1] != frame[row, column + 1]
    }

    private func draw(_ cell: Cell, row: Int, column: Int, window: UnsafeMutablePointer<WINDOW>?) {
        let style = palette.style(of: cell)
        let pair = colorPair(for: ColorPair(foreground: Self.number(of: style.foreground), background: Self.number(of: style.background)))
        let attributes = style.attributes
        let text = TerminalGlyph.text(for: cell)
        var offset = 0
        for character in text {
            let glyph = String(character)
            if tread_put_cluster(window, Int32(row), Int32(column + offset), glyph, attributes, pair) == -2 {
                _ = tread_put_cluster(window, Int32(row), Int32(column + offset), "?", attributes, pair)
            }
            offset += max(1, TerminalGlyph.libraryWidth(of: glyph))
        }
    }

    /// How ncurses numbers `color`: an index, or on a direct-colour terminal the 24-bit value.
    private static func number(of color: TerminalColor?) -> Int32 {
        switch color {
        case nil: -1
        case .index(let index): Int32(index)
        // Direct-colour terminfo entries read values under 8 as the ANSI colours.
        case .rgb(let red, let green, let blue): Int32(max(8, red << 16 | green << 8 | blue))
        }
    }

    private func colorPair(for colors: ColorPair) -> Int32 {
        guard palette.depth != .none, colors != ColorPair(foreground: -1, background: -1) else { return 0 }
        if let pair = pairs[colors] { return pair }
        let pair = Int32(pairs.count + 1)
        guard pair < tread_color_pairs(), tread_init_pair(pair, colors.foreground, colors.background) == OK else { return 0 }
        pairs[colors] = pair
        return pair
    }
}
