import CNcursesw
import Foundation
import Reader

/// An ncurses screen with no terminal behind it: output goes to /dev/null, and what the painter
/// wrote is read back from ncurses' own copy of the screen.
///
/// ncurses keeps one current screen per process, so tests using it run one at a time.
final class HeadlessScreen {
    private let screen: OpaquePointer
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>

    init(width: Int, height: Int, term: String = "xterm-256color") throws {
        guard TerminalGlyph.useUTF8Locale() else { throw HeadlessError.noUTF8Locale }
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else { throw HeadlessError.noDevNull }
        guard let screen = newterm(term, output, input) else { throw HeadlessError.unknownTerm(term) }
        self.screen = screen
        self.output = output
        self.input = input
        set_term(screen)
        resizeterm(Int32(height), Int32(width))
        if has_colors() {
            start_color()
            use_default_colors()
        }
    }

    /// The characters ncurses holds for `row`, trailing blanks trimmed.
    func row(_ row: Int) -> String {
        var buffer = [wchar_t](repeating: 0, count: Int(tread_columns()) * 2 + 1)
        let count = tread_read_row(tread_stdscr(), Int32(row), 0, &buffer, Int32(buffer.count - 1))
        guard count > 0 else { return "" }
        var text = String(String.UnicodeScalarView(buffer.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The character ncurses holds at `row`, `column` (a wide character's first column).
    func character(row: Int, column: Int) -> String {
        var buffer = [wchar_t](repeating: 0, count: 8)
        let count = tread_read_row(tread_stdscr(), Int32(row), Int32(column), &buffer, 1)
        guard count > 0, let scalar = Unicode.Scalar(UInt32(bitPattern: buffer[0])) else { return "" }
        return String(scalar)
    }

    /// The attributes and colours of a cell (-1: the terminal's default).
    func style(row: Int, column: Int) -> (attributes: attr_t, foreground: Int32, background: Int32) {
        var attributes: attr_t = 0
        var foreground: Int32 = -1
        var background: Int32 = -1
        _ = tread_cell_style(tread_stdscr(), Int32(row), Int32(column), &attributes, &foreground, &background)
        return (attributes, foreground, background)
    }

    deinit {
        endwin()
        delscreen(screen)
        fclose(output)
        fclose(input)
    }
}

enum HeadlessError: Error {
    case noUTF8Locale, noDevNull, unknownTerm(String)
}
