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
    /// Requests to copy are carried out here, with OSC 52 when `allowsClipboard`; every other
    /// request goes to `serve`, after the key that made it.
    ///
    /// - Throws: ``TerminalError`` when the terminal cannot be used (no UTF-8 locale, no TERM).
    public static func run(_ state: inout ReaderState, allowsClipboard: Bool = false,
                           serve: (ReaderRequest, inout ReaderState) -> Void = { _, _ in }) throws {
        let session = try TerminalSession()
        defer { session.end() }
        state.prepareSearch()
        let painter = FramePainter()
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
                if case .copy(let text) = request {
                    copy(text, to: session, allowed: allowsClipboard, state: &state)
                } else {
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
