import Foundation

/// The user's settings from `config.toml`: what tread does when no option says otherwise.
///
/// ```toml
/// theme = "dark"            # a name from tread themes, or a file
/// ambiguous-width = 2       # columns for characters such as “ and ○: 1 or 2
/// ascii = true              # tree guides in ASCII
/// sort = "likes"            # thread, likes, replies or time
/// outline = true            # open in outline mode
/// emoticons = "emoji"       # [抱拳] drawn as 🙏; "text" (the default) keeps the code
/// preview-lines = 3         # the most lines of each reply tree mode shows; 0 for all
/// osc52 = true              # y copies through the terminal's clipboard
///
/// [keys]                    # command = the keys that run it, instead of its own
/// nextReply = ["j", "<Down>", "<C-n>"]
/// ```
public struct Configuration: Sendable, Equatable {
    /// The theme to draw with, by name or path.
    public var theme: String?
    /// How wide East Asian ambiguous characters are drawn.
    public var ambiguousWidth = AmbiguousWidth.narrow
    /// Whether tree guides are ASCII.
    public var asciiGuides = false
    /// The sibling order the reader opens in: thread, likes, replies or time.
    public var sort = "thread"
    /// Whether the reader opens in outline mode.
    public var outline = false
    /// Whether known emoticon codes are drawn as emoji.
    public var emoticonsAsEmoji = false
    /// The most lines of each reply tree mode shows, nil for all.
    public var previewLines: Int?
    /// Whether `y` may put text on the clipboard with OSC 52.
    public var allowsClipboard = false
    /// Commands bound to other keys, by command name, the keys in the `--keys` notation.
    public var keys: [KeyBinding] = []
    /// The file each set key came from, by key.
    public var origins: [String: String] = [:]

    /// A command and the keys a configuration binds it to.
    public struct KeyBinding: Sendable, Equatable {
        /// The command's name, as help and `tread --print-config` write it.
        public var command: String
        /// The keys, as `j`, `<Down>`, `<C-d>`.
        public var keys: [String]
    }

    /// The defaults.
    public init() {}

    /// The keys a file may set.
    static let keyNames = ["theme", "ambiguous-width", "ascii", "sort", "outline", "emoticons", "preview-lines", "osc52", "keys"]
    /// The sibling orders `sort` may name.
    public static let sortNames = ["thread", "likes", "replies", "time"]

    /// `$XDG_CONFIG_HOME/tread/config.toml` (default `~/.config/tread/config.toml`).
    public static func userFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return base + "/tread/config.toml"
    }

    /// The settings in the file at `path`; the defaults when the file is `optional` and absent.
    ///
    /// - Throws: ``SettingsError`` naming the file, the key, and the line when the TOML parser
    ///   gives one.
    public static func load(contentsOf path: String, optional: Bool = false) throws(SettingsError) -> Configuration {
        guard FileManager.default.fileExists(atPath: path) else {
            if optional { return Configuration() }
            throw SettingsError(source: path, problem: "no such file")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw SettingsError(source: path, problem: "cannot be read as UTF-8 text")
        }
        return try parse(text, source: path)
    }

    /// The settings in TOML `text`, read from `source`.
    static func parse(_ text: String, source: String) throws(SettingsError) -> Configuration {
        let table = try TOMLDocument.table(parsing: text, source: source)
        func failure(_ problem: String) -> SettingsError { SettingsError(source: source, problem: problem) }
        var configuration = Configuration()
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "theme":
                guard let name = value.string, !name.isEmpty else { throw failure("'theme' must be a theme's name or a file") }
                configuration.theme = name
            case "ambiguous-width":
                guard let columns = value.int, let width = AmbiguousWidth(rawValue: columns) else { throw failure("'ambiguous-width' must be 1 or 2") }
                configuration.ambiguousWidth = width
            case "ascii", "outline", "osc52":
                guard let flag = value.bool else { throw failure("'\(key)' must be true or false") }
                switch key {
                case "ascii": configuration.asciiGuides = flag
                case "outline": configuration.outline = flag
                default: configuration.allowsClipboard = flag
                }
            case "sort":
                guard let order = value.string, sortNames.contains(order) else {
                    throw failure("'sort' must be one of \(sortNames.joined(separator: ", "))")
                }
                configuration.sort = order
            case "emoticons":
                guard let form = value.string, ["text", "emoji"].contains(form) else { throw failure("'emoticons' must be \"text\" or \"emoji\"") }
                configuration.emoticonsAsEmoji = form == "emoji"
            case "preview-lines":
                guard let lines = value.int, lines >= 0 else { throw failure("'preview-lines' must be a number of lines, 0 for all") }
                configuration.previewLines = lines == 0 ? nil : lines
            case "keys":
                configuration.keys = try bindings(value.table, failure: failure)
            default:
                throw failure("unknown key '\(key)' (known: \(keyNames.joined(separator: ", ")))")
            }
            configuration.origins[key] = source
        }
        return configuration
    }

    private static func bindings(_ table: TOMLTable?, failure: (String) -> SettingsError) throws(SettingsError) -> [KeyBinding] {
        guard let table else { throw failure("'keys' must be a table: command = [\"key\", …]") }
        var bindings: [KeyBinding] = []
        for command in table.keys.sorted() {
            let value = table[command]
            if let single = value?.string {
                bindings.append(KeyBinding(command: command, keys: [single]))
            } else if let list = value?.array, case let keys = list.compactMap(\.string), keys.count == list.count, !keys.isEmpty {
                bindings.append(KeyBinding(command: command, keys: keys))
            } else {
                throw failure("'keys.\(command)' must be a key or a list of keys")
            }
        }
        return bindings
    }
}
