/// Every break decision that depends only on the class before (and whether
/// spaces follow it) and the class after, computed once from ``LineBreakRules``.
struct DecisionTable: @unchecked Sendable {
    private static let count = LineBreakClass.allCases.count

    /// The table, built at first use; immutable after that, so safe to share.
    static let shared = DecisionTable()

    private let allowed: UnsafeMutablePointer<Bool>

    private init() {
        let count = Self.count
        allowed = .allocate(capacity: 2 * count * count)
        for spaced in [false, true] {
            for previous in LineBreakClass.allCases {
                let rules = LineBreakRules(after: previous, spaced: spaced)
                for next in LineBreakClass.allCases {
                    allowed[Self.index(previous, spaced, next)] = rules.decide(before: next)
                }
            }
        }
    }

    @inline(__always)
    private static func index(_ previous: LineBreakClass, _ spaced: Bool, _ next: LineBreakClass) -> Int {
        ((spaced ? count : 0) + Int(previous.rawValue)) * count + Int(next.rawValue)
    }

    /// True when a line may break before `next`, after `previous` and, when `spaced`, spaces.
    @inline(__always)
    func allowsBreak(after previous: LineBreakClass, spaced: Bool, before next: LineBreakClass) -> Bool {
        allowed[Self.index(previous, spaced, next)]
    }
}
