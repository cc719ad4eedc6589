/// A key press, as the terminal layer reports it and the headless `--keys` notation writes it.
public enum Key: Hashable, Sendable {
    /// A typed character.
    case character(Character)
    /// A letter with Ctrl held, e.g. `.control("d")`.
    case control(Character)
    /// Arrow keys.
    case up, down, left, right
    /// Paging keys.
    case pageUp, pageDown, home, end
    /// Editing keys.
    case enter, escape, backspace, tab
    /// The mouse wheel.
    case wheelUp, wheelDown
    /// A click at a screen row and column.
    case click(row: Int, column: Int)
}
