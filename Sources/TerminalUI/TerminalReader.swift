import CNcursesw
import Foundation
import Reader

/// The reader on a real terminal: keys in, frames out, until the reader finishes or a signal
/// asks it to; the terminal is given back on every way out.
public enum TerminalReader {
    /// After ``run(_:)`` returned because of SIGINT, SIGTERM or SIGHUP, ends the process as that
    /// signal would, so the shell sees how tread ended; does nothing otherwise.
    public static func endIfSignalled() {
        tread_raise_pending_signal()
    }

    /// Runs `state` full screen; returns when it is finished or a signal arrived.
    ///
    /// Drawn with the first of `themes` (T moves to the next), at the terminal's colour depth;
    /// without colour (`NO_COLOR`, or a terminal without), with the `mono` theme if it is among
    /// them. Requests to copy are carried out here, with OSC 52 when `allowsClipboard`; every
    /// other request goes to `serve`, after the key that made it.
    ///
    /// - Throws: ``TerminalError`` when the terminal cannot be used (no UTF-8 locale, no TERM).
    public static func run(_ state: inout ReaderState, themes: [Theme], allowsClipboard: Bool = false,
                           serve: (ReaderRequest, inout ReaderState) -> Void = { _, _ in }) throws {
        let session = try TerminalSession()
        defer { session.end() }
        state.prepareSearch()
        let depth = ColorDepth.of(terminalColors: has_colors() ? Int(tread_colors()) : 0, environment: ProcessInfo.processInfo.environment)
        let layerNames = state.classification.layers.layers.map(\.name)
        var themeIndex = 0
        func palette() -> Palette {
            guard !themes.isEmpty else { return .plain(layerNames: layerNames) }
            let theme = depth == .none ? themes.first { $0.name == "mono" } ?? themes[themeIndex] : themes[themeIndex]
            return Palette(theme: theme, depth: depth, layerNames: layerNames)
        }
        let painter = FramePainter(palette: palette())
        let size = session.size
        state.resize(width: size.width, height: size.height)
        while !state.isFinished, tread_pending_signal() == 0 {
            painter.paint(state.render())
            switch TerminalInput.next() {
            case .key(let key): state.handle(key)
            case .resize:
                let size = session.size
                state.resize(width: size.width, height: size.height)
                painter.invalidate()
            case .none: break
            }
            for request in state.takeRequests() {
                switch request {
                case .copy(let text):
                    copy(text, to: session, allowed: allowsClipboard, state: &state)
                case .nextTheme:
                    guard !themes.isEmpty else {
                        state.report("no themes to choose from")
                        continue
                    }
                    themeIndex = (themeIndex + 1) % themes.count
                    painter.palette = palette()
                    state.report("theme: \(themes[themeIndex].name)" + (depth == .none ? " (no colour here: mono)" : ""))
                default:
                    serve(request, &state)
                }
            }
        }
    }

    /// Puts `text` on the clipboard of the terminal (and of the machine it runs on, over ssh
    /// too) with OSC 52, which is off unless asked for: a terminal may refuse it, or log it.
    private static func copy(_ text: String, to session: TerminalSession, allowed: Bool, state: inout ReaderState) {
        guard allowed else {
            state.report("copying is off: osc52 = true in config.toml (or --osc52) lets y use the terminal's clipboard")
            return
        }
        let encoded = Data(text.utf8).base64EncodedString()
        // Terminals cap OSC 52 (xterm at about 100 kB); past that they drop it silently.
        guard encoded.utf8.count <= 74_000 else {
            state.report("too long to copy through the terminal (\(text.utf8.count) bytes)")
            return
        }
        session.send("\u{1B}]52;c;" + encoded + "\u{07}")
        state.report("copied \(text.count) characters")
    }
}
