import CNcursesw
import Foundation
import Reader

/// An ncurses session on the controlling terminal: started once, and always ended, so the
/// shell gets its terminal back on every way out.
final class TerminalSession {
    private var screen: OpaquePointer?
    private var input: UnsafeMutablePointer<FILE>?

    /// Starts ncurses on `/dev/tty`, so the thread may come on standard input.
    ///
    /// - Throws: ``TerminalError`` when there is no UTF-8 locale, no terminal, or an unknown TERM.
    init() throws {
        // The locale says what the terminal speaks: UTF-8 sent to a terminal set up otherwise
        // is garbage, so a locale that is not UTF-8 is refused rather than overridden.
        let environment = ProcessInfo.processInfo.environment
        guard setlocale(LC_ALL, "") != nil, String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8" else {
            let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { key in environment[key].map { "\(key)=\($0)" } }.first { !$0.hasSuffix("=") }
            throw TerminalError(description: "the locale (\(name ?? "none set")) is not UTF-8: set LANG=C.UTF-8 (or another UTF-8 locale) and try again")
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw TerminalError(description: "TERM is \(term.isEmpty ? "not set" : "dumb"); use --plain, or set TERM to your terminal's type")
        }
        guard let tty = fopen("/dev/tty", "r") else {
            throw TerminalError(description: "no terminal to read keys from (/dev/tty); use --plain")
        }
        let outputDescriptor = fileno(tread_standard_output())
        tread_save_terminal_modes(outputDescriptor)
        guard let screen = newterm(term, tread_standard_output(), tty) else {
            fclose(tty)
            throw TerminalError(description: "the terminal type \(term) is unknown to ncurses; use --plain, or set TERM")
        }
        self.screen = screen
        input = tty
        set_term(screen)
        tread_guard_crashes(outputDescriptor)
        tread_watch_signals()
        cbreak()
        noecho()
        nonl()
        let window = tread_stdscr()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        curs_set(0)
        wtimeout(window, 100)
        mousemask(tread_mouse_all(), nil)
        mouseinterval(0)
        if has_colors() {
            start_color()
            use_default_colors()
        }
    }

    /// The terminal's size in columns and rows.
    var size: (width: Int, height: Int) {
        (Int(tread_columns()), Int(tread_lines()))
    }

    /// Writes `sequence` to the terminal as it is, between frames: for escape sequences that
    /// leave the screen alone, such as OSC 52.
    func send(_ sequence: String) {
        let output = tread_standard_output()
        fputs(sequence, output)
        fflush(output)
    }

    /// Ends ncurses and gives the terminal back as it was; safe to call more than once.
    func end() {
        guard let screen else { return }
        tread_unguard_crashes()
        endwin()
        delscreen(screen)
        self.screen = nil
        if let input { fclose(input) }
        input = nil
    }

    deinit {
        end()
    }
}
