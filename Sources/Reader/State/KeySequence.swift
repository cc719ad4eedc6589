/// Reads the `--keys` notation of `tread render`: characters as typed, `\n` Enter, `\e` Escape,
/// `\t` Tab, `\\` a backslash, and named keys `<Up>` `<Down>` `<Left>` `<Right>` `<PgDn>` `<PgUp>`
/// `<Home>` `<End>` `<BS>`, and `<C-d>` for Ctrl-d.
public enum KeySequence {
    /// Why a key sequence could not be read.
    public struct ParseError: Error, CustomStringConvertible {
        /// One line saying what was wrong and where.
        public var description: String
    }

    private static let named: [String: Key] = [
        "Up": .up, "Down": .down, "Left": .left, "Right": .right, "PgDn": .pageDown, "PgUp": .pageUp,
        "Home": .home, "End": .end, "BS": .backspace, "Enter": .enter, "Esc": .escape, "Tab": .tab,
    ]

    /// The keys written in `text`.
    public static func keys(_ text: String) throws(ParseError) -> [Key] {
        var keys: [Key] = []
        var rest = Substring(text)
        while let first = rest.first {
            rest = rest.dropFirst()
            switch first {
            case "\\":
                guard let escaped = rest.first else { throw ParseError(description: "--keys ends with a lone backslash") }
                rest = rest.dropFirst()
                switch escaped {
                case "n": keys.append(.enter)
                case "e": keys.append(.escape)
                case "t": keys.append(.tab)
                case "\\": keys.append(.character("\\"))
                default: throw ParseError(description: "--keys: unknown escape \\\(escaped) (use \\n, \\e, \\t or \\\\)")
                }
            case "<":
                guard let close = rest.firstIndex(of: ">") else {
                    keys.append(.character("<"))
                    continue
                }
                let name = String(rest[..<close])
                if let key = named[name] {
                    keys.append(key)
                } else if name.hasPrefix("C-"), name.count == 3, let letter = name.last {
                    keys.append(.control(letter))
                } else {
                    keys.append(.character("<"))
                    continue
                }
                rest = rest[rest.index(after: close)...]
            case "\n": keys.append(.enter)
            default: keys.append(.character(first))
            }
        }
        return keys
    }

    /// `key` written as `keys(_:)` reads it: `j`, `<Down>`, `<C-d>`, `\n`.
    public static func notation(of key: Key) -> String {
        switch key {
        case .character("\\"): return "\\\\"
        case .character(let character): return String(character)
        case .control(let letter): return "<C-\(letter)>"
        case .enter: return "\\n"
        case .escape: return "\\e"
        case .tab: return "\\t"
        default: return named.first { $0.value == key }.map { "<\($0.key)>" } ?? Keymap.name(of: key)
        }
    }
}
