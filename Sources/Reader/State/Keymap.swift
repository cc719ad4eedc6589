/// Which key runs which command: data, so it can be shown in help and remapped.
public struct Keymap: Sendable {
    /// The bindings, in the order help lists them.
    public var bindings: [(key: Key, command: Command)]

    /// tread's default keys: vim's and the arrows.
    public static let standard = Keymap(bindings: [
        (.character("j"), .nextReply), (.down, .nextReply),
        (.character("k"), .previousReply), (.up, .previousReply),
        (.character("J"), .nextSibling), (.character("K"), .previousSibling),
        (.character("p"), .parent),
        (.character("]"), .nextTopLevel), (.character("["), .previousTopLevel),
        (.character("h"), .collapseOrParent), (.left, .collapseOrParent),
        (.character("l"), .expand), (.right, .expand),
        (.character(" "), .toggleFold), (.character("z"), .toggleFold),
        (.character("Z"), .toggleFoldAll),
        (.character("g"), .first), (.home, .first), (.character("G"), .last), (.end, .last),
        (.control("d"), .halfPageDown), (.control("u"), .halfPageUp),
        (.pageDown, .pageDown), (.pageUp, .pageUp),
        (.character("/"), .search), (.character("n"), .nextMatch), (.character("N"), .previousMatch),
        (.character("o"), .toggleOutline), (.enter, .togglePane),
        (.character("s"), .cycleOrder), (.character("L"), .listLinks),
        (.character("1"), .toggleLayer), (.character("2"), .toggleLayer), (.character("3"), .toggleLayer),
        (.character("4"), .toggleLayer), (.character("5"), .toggleLayer), (.character("6"), .toggleLayer),
        (.character("7"), .toggleLayer), (.character("8"), .toggleLayer), (.character("9"), .toggleLayer),
        (.character("f"), .filter), (.character("0"), .clearFilters), (.character("O"), .toggleOriginalPosterOnly), (.character("F"), .toggleFeaturedOnly),
        (.character("m"), .toggleMark), (.character("M"), .markMatches), (.character("u"), .clearMarks),
        (.character("'"), .nextMark), (.character("\""), .previousMark), (.character("e"), .export), (.character("y"), .copy),
        (.character("T"), .cycleTheme),
        (.character("?"), .help), (.character("q"), .quit), (.control("c"), .quit),
    ])

    /// This keymap with each command in `bindings` (by its name) on the keys given (in the
    /// `--keys` notation) instead of its own; a key taken from another command leaves it.
    ///
    /// - Throws: ``Keymap/BindingError`` naming the command or the key that cannot be read.
    public func rebinding(_ bindings: [(command: String, keys: [String])]) throws(BindingError) -> Keymap {
        var result = self
        for (name, notations) in bindings {
            guard let command = Command(rawValue: name) else {
                throw BindingError(problem: "keys.\(name): no such command (commands: \(Command.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            var keys: [Key] = []
            for notation in notations {
                guard let parsed = try? KeySequence.keys(notation), parsed.count == 1, let key = parsed.first else {
                    throw BindingError(problem: "keys.\(name): '\(notation)' is not one key (write j, <Down>, <C-d>, \\n …)")
                }
                keys.append(key)
            }
            result.bindings.removeAll { $0.command == command || keys.contains($0.key) }
            result.bindings += keys.map { ($0, command) }
        }
        return result
    }

    /// Key bindings that cannot be used.
    public struct BindingError: Error, CustomStringConvertible {
        /// What is wrong, naming the key of the configuration.
        public var problem: String
        /// The problem.
        public var description: String { problem }
    }

    /// The command bound to `key`, if any.
    public func command(for key: Key) -> Command? {
        bindings.first { $0.key == key }?.command
    }

    /// The keys bound to `command`, as help writes them.
    public func keys(for command: Command) -> [String] {
        bindings.filter { $0.command == command }.map { Self.name(of: $0.key) }
    }

    /// How help writes a key: `j`, `Ctrl-d`, `↓`, `PgDn`.
    public static func name(of key: Key) -> String {
        switch key {
        case .character(" "): "space"
        case .character(let character): String(character)
        case .control(let character): "Ctrl-\(character)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .wheelUp: "wheel up"
        case .wheelDown: "wheel down"
        case .click: "click"
        }
    }
}
