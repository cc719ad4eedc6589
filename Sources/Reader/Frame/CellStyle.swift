/// The colours and attributes a cell is drawn with, as a terminal of some depth can show them:
/// what a ``Palette`` gives for a role. The terminal painter and `tread render --color` both
/// draw from it, so they agree.
public struct CellStyle: Hashable, Sendable {
    /// The text colour, nil for the terminal's default.
    public var foreground: TerminalColor?
    /// The background colour, nil for the terminal's default.
    public var background: TerminalColor?
    /// Bold.
    public var bold = false
    /// Dim.
    public var dim = false
    /// Underlined.
    public var underline = false
    /// Foreground and background swapped.
    public var reverse = false

    /// A style; by default the terminal's own.
    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool = false, dim: Bool = false,
                underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }
}
