import CNcursesw
import Reader

/// What the terminal reported: a key, a new size, or nothing within the wait.
enum TerminalEvent {
    case key(Key)
    case resize
    case none
}

/// Turns ncurses' `wget_wch` results into reader keys.
enum TerminalInput {
    /// Waits up to the window's timeout for one event.
    static func next() -> TerminalEvent {
        var character: wint_t = 0
        let status = wget_wch(tread_stdscr(), &character)
        if status == KEY_CODE_YES { return functionKey(Int32(character)) }
        guard status == OK else { return .none }
        return typed(UInt32(character))
    }

    private static func functionKey(_ code: Int32) -> TerminalEvent {
        switch code {
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_ENTER: .key(.enter)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_RESIZE: .resize
        case KEY_MOUSE: mouse()
        default: .none
        }
    }

    private static func typed(_ value: UInt32) -> TerminalEvent {
        switch value {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26:
            return .key(.control(Character(Unicode.Scalar(value + 96) ?? "?")))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .none }
            return .key(.character(Character(scalar)))
        }
    }

    private static func mouse() -> TerminalEvent {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .none }
        if event.bstate & tread_mouse_wheel_up() != 0 { return .key(.wheelUp) }
        if tread_mouse_wheel_down() != 0, event.bstate & tread_mouse_wheel_down() != 0 { return .key(.wheelDown) }
        if event.bstate & tread_mouse_click() != 0 { return .key(.click(row: Int(event.y), column: Int(event.x))) }
        return .none
    }
}
