import CNcursesw
import Reader

/// The reader on a real terminal: keys in, frames out, until the reader finishes or a signal
/// asks it to; the terminal is given back on every way out.
public enum TerminalReader {
    /// Runs `state` full screen; returns when it is finished.
    ///
    /// - Throws: ``TerminalError`` when the terminal cannot be used (no UTF-8 locale, no TERM).
    public static func run(_ state: inout ReaderState) throws {
        let session = try TerminalSession()
        defer {
            session.end()
            // Ended by a signal: give the terminal back first, then end as the signal would.
            tread_raise_pending_signal()
        }
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
