/// How many colours a terminal shows: none (attributes only), the 16 of its palette, 256, or
/// 24-bit direct colour.
public enum ColorDepth: Int, Comparable, Sendable {
    case none, indexed16, indexed256, direct

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The depth judged from the environment alone, as `tread render --color` must, with no
    /// terminal to ask: none for a non-empty `NO_COLOR`, no `TERM` or `dumb`; direct for
    /// `*-direct` or a `COLORTERM` of truecolor/24bit; 256 for `*-256color`; else 16.
    public static func of(environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return .none }
        let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
        if term.hasSuffix("-direct") || colorTerm == "truecolor" || colorTerm == "24bit" { return .direct }
        return term.hasSuffix("256color") ? .indexed256 : .indexed16
    }

    /// The depth of a terminal whose terminfo entry gives `colors` colours, unless `NO_COLOR`
    /// in `environment` says none.
    public static func of(terminalColors colors: Int, environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        switch colors {
        case 0x100_0000...: return .direct
        case 256...: return .indexed256
        case 8...: return .indexed16
        default: return .none
        }
    }
}
