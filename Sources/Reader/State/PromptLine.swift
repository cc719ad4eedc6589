/// A one-line editor for prompts, with the shell's keys: ←/→, Ctrl-A/E/U/W, Backspace.
public struct PromptLine: Hashable, Sendable {
    /// The text typed so far.
    public private(set) var characters: [Character] = []
    /// Where the cursor is, between 0 and the count of characters.
    public private(set) var cursor = 0

    /// An empty line.
    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The text as a string.
    public var text: String { String(characters) }

    /// Applies an editing key; returns false for keys that are not editing keys.
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            cursor -= 1
            characters.remove(at: cursor)
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }
}
