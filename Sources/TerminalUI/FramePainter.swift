import CNcursesw
import Reader

/// Paints frames on the ncurses screen, writing only the cells that changed since the last one.
///
/// Each cell goes out as the stand-in ``TerminalGlyph`` gives, so ncurses' cursor (moved by
/// the C library's widths) and the terminal's stay on the columns the model chose.
final class FramePainter {
    private var previous: Frame?
    private var pairs: [Int16: Int16] = [:]
    private let colors: Int

    init() {
        colors = has_colors() ? Int(tread_colors()) : 0
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
        let style = CellStyle.of(cell, colors: colors)
        let pair = colorPair(for: style.foreground)
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

    private func colorPair(for foreground: Int16) -> Int16 {
        guard colors > 0, foreground >= 0 else { return 0 }
        if let pair = pairs[foreground] { return pair }
        let pair = Int16(pairs.count + 1)
        guard Int(pair) < Int(tread_color_pairs()) else { return 0 }
        init_pair(pair, foreground, -1)
        pairs[foreground] = pair
        return pair
    }
}
