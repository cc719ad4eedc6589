/// What a theme says about one role: colours and attributes, each left unset to take the
/// value of the theme it inherits.
public struct ThemeStyle: Hashable, Sendable {
    /// The text colour.
    public var foreground: ThemeColor?
    /// The background colour.
    public var background: ThemeColor?
    /// Bold.
    public var bold: Bool?
    /// Dim.
    public var dim: Bool?
    /// Underlined.
    public var underline: Bool?
    /// Foreground and background swapped.
    public var reverse: Bool?

    /// A style setting only what is given.
    public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil, bold: Bool? = nil, dim: Bool? = nil,
                underline: Bool? = nil, reverse: Bool? = nil) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    /// This style, with what it leaves unset taken from `base`.
    func over(_ base: ThemeStyle) -> ThemeStyle {
        ThemeStyle(foreground: foreground ?? base.foreground, background: background ?? base.background, bold: bold ?? base.bold,
                   dim: dim ?? base.dim, underline: underline ?? base.underline, reverse: reverse ?? base.reverse)
    }

    /// The style a terminal of `depth` draws: colours it cannot show dropped or brought to the
    /// nearest it can.
    func cellStyle(at depth: ColorDepth) -> CellStyle {
        CellStyle(foreground: foreground?.terminalColor(at: depth), background: background?.terminalColor(at: depth),
                  bold: bold ?? false, dim: dim ?? false, underline: underline ?? false, reverse: reverse ?? false)
    }
}
