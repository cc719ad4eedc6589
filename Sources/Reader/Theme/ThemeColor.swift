/// A colour as a theme writes it: the terminal's default, one of the 16 named colours, an
/// index of the 256-colour palette, or `#rrggbb`.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// A palette index, 0–255 (the 16 names are 0–15).
    case index(Int)
    /// A 24-bit colour.
    case rgb(red: Int, green: Int, blue: Int)

    /// The names of colours 0–15, as themes may write them.
    static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Reads `default`, a name, `#rrggbb` or (as `number`) an index.
    init?(text: String) {
        let lowered = text.lowercased()
        if lowered == "default" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: lowered) ?? (lowered == "grey" || lowered == "gray" ? 8 : nil) {
            self = .index(index)
        } else if lowered.hasPrefix("#"), lowered.count == 7, let value = Int(lowered.dropFirst(), radix: 16) {
            self = .rgb(red: value >> 16 & 0xFF, green: value >> 8 & 0xFF, blue: value & 0xFF)
        } else {
            return nil
        }
    }

    /// The colour as a terminal of `depth` shows it, or nil for its default.
    public func terminalColor(at depth: ColorDepth) -> TerminalColor? {
        switch (self, depth) {
        case (.terminalDefault, _), (_, .none): return nil
        case (.index(let index), .direct): return index < 16 ? .index(index) : TerminalColor(rgb: Palette256.rgb(of: index))
        case (.index(let index), .indexed256): return .index(index)
        case (.index(let index), .indexed16): return .index(index < 16 ? index : Palette256.nearest(to: Palette256.rgb(of: index), among: 0..<16))
        case (.rgb(let red, let green, let blue), .direct): return .rgb(red: red, green: green, blue: blue)
        case (.rgb(let red, let green, let blue), .indexed256): return .index(Palette256.nearest(to: (red, green, blue), among: 16..<256))
        case (.rgb(let red, let green, let blue), .indexed16): return .index(Palette256.nearest(to: (red, green, blue), among: 0..<16))
        }
    }
}

/// A colour a terminal is asked for: a palette index, or 24 bits where it takes them.
public enum TerminalColor: Hashable, Sendable {
    /// An index of the terminal's palette.
    case index(Int)
    /// Red, green, blue, 0–255 each.
    case rgb(red: Int, green: Int, blue: Int)

    /// `color` as red, green and blue.
    init(rgb color: (Int, Int, Int)) {
        self = .rgb(red: color.0, green: color.1, blue: color.2)
    }
}
