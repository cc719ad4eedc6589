/// Lines entered at a prompt earlier, walked with ↑ and ↓ the way a shell walks its history:
/// ↑ goes to older lines, ↓ back towards the line being typed, which is kept, not lost.
public struct PromptHistory: Hashable, Sendable {
    /// The lines entered, oldest first; a line repeating the one before is kept once.
    public private(set) var entries: [String] = []
    /// The entry shown, or nil while the line being typed is shown.
    private var shown: Int?
    /// What was typed before ↑ was first pressed.
    private var draft = ""

    /// An empty history.
    public init() {}

    /// Records an entered line and goes back to a fresh line.
    public mutating func record(_ line: String) {
        if !line.isEmpty, entries.last != line { entries.append(line) }
        shown = nil
        draft = ""
    }

    /// The line before the one shown, or nil when there is none; `current` is kept as the draft
    /// when leaving the line being typed.
    public mutating func older(than current: String) -> String? {
        let index = (shown ?? entries.count) - 1
        guard index >= 0 else { return nil }
        if shown == nil { draft = current }
        shown = index
        return entries[index]
    }

    /// The line after the one shown (the draft after the newest), or nil when already there.
    public mutating func newer() -> String? {
        guard let index = shown else { return nil }
        guard index + 1 < entries.count else {
            shown = nil
            return draft
        }
        shown = index + 1
        return entries[index + 1]
    }
}
