import Foundation
import TOMLKit

/// The user's settings from `config.toml`: what tread does when no option says otherwise.
///
/// ```toml
/// theme = "dark"  # a name from tread themes, or a file
/// osc52 = true   # y copies through the terminal's clipboard
/// ```
public struct Configuration: Sendable, Equatable {
    /// Whether `y` may put text on the clipboard with OSC 52.
    public var allowsClipboard = false
    /// The theme to draw with, by name or path.
    public var theme: String?
    /// Where the settings came from, or nil for the defaults.
    public var source: String?

    /// The defaults.
    public init() {}

    /// The keys a file may set.
    static let keys = ["osc52", "theme"]

    /// `$XDG_CONFIG_HOME/tread/config.toml` (default `~/.config/tread/config.toml`).
    public static func userFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return base + "/tread/config.toml"
    }

    /// The settings in the file at `path`; the defaults when `path` is the user's file and it
    /// does not exist.
    ///
    /// - Throws: ``SettingsError`` naming the file, the key, and the line when the TOML
    ///   parser gives one.
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
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw SettingsError(source: source, line: error.source.begin.line, problem: "not valid TOML: \(error.description)")
        } catch {
            throw SettingsError(source: source, problem: "not valid TOML")
        }
        for key in table.keys.sorted() where !keys.contains(key) {
            throw SettingsError(source: source, problem: "unknown key '\(key)' (known: \(keys.joined(separator: ", ")))")
        }
        var configuration = Configuration()
        configuration.source = source
        if let value = table["osc52"] {
            guard let flag = value.bool else { throw SettingsError(source: source, problem: "'osc52' must be true or false") }
            configuration.allowsClipboard = flag
        }
        if let value = table["theme"] {
            guard let name = value.string, !name.isEmpty else { throw SettingsError(source: source, problem: "'theme' must be a theme's name or a file") }
            configuration.theme = name
        }
        return configuration
    }
}
