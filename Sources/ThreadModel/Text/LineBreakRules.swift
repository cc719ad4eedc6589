/// Decides, cluster by cluster, where a line may break (UAX #14 with tread's Chinese tailoring).
///
/// The tailoring, done in the generated tables: `“` and `‘` open (OP) and `”`
/// closes (CL), as in Chinese typesetting (clreq); ambiguous, unknown and
/// complex-context letters are alphabetic; small kana are non-starters. So a
/// line may break between any two ideographs, never before closing
/// punctuation, `，。、：；！？` or `…`, never after opening punctuation, and
/// never inside `——`, `……`, a word or a number such as `H100` or `gpt4.0`.
struct LineBreakRules {
    private var previous: LineBreakClass?
    private var beforeSpaces: LineBreakClass?
    private var beforePrevious: LineBreakClass?
    private var previousEndsWithJoiner = false

    /// Rules at the start of a paragraph, where no break is possible.
    init() {}

    /// Rules just after a cluster of class `previous`, itself after spaces when `spaced`.
    init(after previous: LineBreakClass, spaced: Bool) {
        self.previous = spaced ? .space : previous
        beforeSpaces = previous
    }

    /// True when a line may break before `cluster`; records the cluster.
    ///
    /// `table` answers the common cases (it is ``DecisionTable/shared``, passed
    /// in so a hot loop reads the global once).
    ///
    /// - Complexity: O(1): one read of `table` in all but rare cases.
    @inline(__always)
    mutating func allowsBreak(before cluster: Cluster, using table: DecisionTable) -> Bool {
        let next = cluster.lineBreakClass
        let allowed: Bool
        if let previous, let beforeSpaces, !previousEndsWithJoiner, previous != .hyphen, previous != .breakAfter {
            let context = previous == .space ? beforeSpaces : previous
            allowed = table.allowsBreak(after: context, spaced: previous == .space, before: next)
        } else {
            allowed = decide(before: next)
        }
        if next != .space {
            beforePrevious = previous == .space ? beforeSpaces : previous
            beforeSpaces = next
        }
        previous = next
        previousEndsWithJoiner = cluster.endsWithJoiner
        return allowed
    }

    /// The class of the last cluster recorded, nil at the start of a paragraph.
    var previousClass: LineBreakClass? { previousEndsWithJoiner ? nil : previous }

    /// Records a run of clusters within which no rule applies but the pair
    /// rules for `lastClass` (ideographs after an ideograph, letters after a letter).
    mutating func recordRun(endingWith lastClass: LineBreakClass) {
        previous = lastClass
        beforeSpaces = lastClass
        beforePrevious = lastClass
        previousEndsWithJoiner = false
    }

    /// The rules in full, for the states the decision table does not cover
    /// and for building that table.
    func decide(before next: LineBreakClass) -> Bool {
        guard let previous, let beforeSpaces else { return false }  // LB2
        if let mandatory = Self.mandatoryRule(previous, next) { return mandatory }
        if next == .space || next == .zeroWidthSpace { return false }  // LB7
        if beforeSpaces == .zeroWidthSpace { return true }  // LB8
        if previousEndsWithJoiner { return false }  // LB8a
        if let glue = Self.glueRule(previous, next) { return glue }
        if let spaced = Self.spacedRule(beforeSpaces, next) { return spaced }
        if previous == .space { return true }  // LB18
        return Self.pairRule(previous, next, beforePrevious: beforePrevious)
    }

    /// LB4–LB6: hard line ends.
    private static func mandatoryRule(_ previous: LineBreakClass, _ next: LineBreakClass) -> Bool? {
        switch (previous, next) {
        case (.carriageReturn, .lineFeed): false
        case (.mandatoryBreak, _), (.carriageReturn, _), (.lineFeed, _), (.nextLine, _): true
        case (_, .mandatoryBreak), (_, .carriageReturn), (_, .lineFeed), (_, .nextLine): false
        default: nil
        }
    }

    /// LB11–LB13: word joiners, glue, and punctuation that never starts a line.
    ///
    /// Tailored for Chinese: non-starters such as `：；` join the rule of LB13,
    /// so that spaces before them do not let them start a line either.
    private static func glueRule(_ previous: LineBreakClass, _ next: LineBreakClass) -> Bool? {
        switch (previous, next) {
        case (.wordJoiner, _), (_, .wordJoiner), (.glue, _): false
        case (.space, .glue), (.breakAfter, .glue), (.hyphen, .glue): nil
        case (_, .glue): false
        case (_, .closePunctuation), (_, .closeParenthesis), (_, .exclamation),
             (_, .infixSeparator), (_, .symbolAllowingBreakAfter), (_, .nonStarter): false
        default: nil
        }
    }

    /// LB14–LB17: rules that hold across spaces.
    private static func spacedRule(_ beforeSpaces: LineBreakClass, _ next: LineBreakClass) -> Bool? {
        switch (beforeSpaces, next) {
        case (.openPunctuation, _): false
        case (.quotation, .openPunctuation): false
        case (.closePunctuation, .nonStarter), (.closeParenthesis, .nonStarter): false
        case (.breakBothSides, .breakBothSides): false
        default: nil
        }
    }

    /// LB19–LB31 for two adjacent clusters.
    private static func pairRule(
        _ previous: LineBreakClass, _ next: LineBreakClass, beforePrevious: LineBreakClass?
    ) -> Bool {
        switch (previous, next) {
        case (_, .quotation), (.quotation, _): return false  // LB19
        case (_, .contingentBreak), (.contingentBreak, _): return true  // LB20
        case (_, .breakAfter), (_, .hyphen), (_, .nonStarter), (.breakBefore, _): return false  // LB21
        case (.hyphen, _) where beforePrevious == .hebrewLetter,
             (.breakAfter, _) where beforePrevious == .hebrewLetter: return false  // LB21a
        case (.symbolAllowingBreakAfter, .hebrewLetter): return false  // LB21b
        case (_, .inseparable): return false  // LB22
        default: return !PairTable.forbidsBreak(previous, next)
        }
    }
}
