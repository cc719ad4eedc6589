import CNcursesw
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
    /// - Throws: ``TerminalError`` when the terminal cannot be used (no UTF-8 locale, no TERM).
    public static func run(_ state: inout ReaderState) throws {
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
        }
    }
}
