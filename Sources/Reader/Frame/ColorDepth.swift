/// How many colours a terminal shows, judged from its environment as `tread render --color`
/// must, with no terminal to ask.
public enum ColorDepth {
    /// 256 for `*-256color`, `*-direct` or a `COLORTERM` of truecolor/24bit; 8 for other
    /// terminals; 0 (attributes only) for `dumb`, no `TERM`, or a non-empty `NO_COLOR`.
    public static func colors(environment: [String: String]) -> Int {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return 0 }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return 0 }
        let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
        if colorTerm == "truecolor" || colorTerm == "24bit" { return 256 }
        return term.hasSuffix("256color") || term.hasSuffix("-direct") ? 256 : 8
    }
}
