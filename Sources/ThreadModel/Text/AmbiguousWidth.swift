/// How many columns East Asian ambiguous characters (such as `·`, `─`, `○`) take.
///
/// Western terminals draw them one column wide; terminals set up for CJK
/// (`ambiwidth=double`) draw them two.
public enum AmbiguousWidth: Int, Sendable, CaseIterable {
    /// One column, the default of most terminals.
    case narrow = 1
    /// Two columns, as CJK-configured terminals draw them.
    case wide = 2
}
