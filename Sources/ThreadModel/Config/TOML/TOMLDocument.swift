/// Reads TOML text for tread's settings files: layers, themes and config.toml.
public enum TOMLDocument {
    /// The table in `text`, read from `source`.
    /// - Throws: ``SettingsError`` naming `source`, the line, and the problem with its column.
    public static func table(parsing text: String, source: String) throws(SettingsError) -> TOMLTable {
        do {
            return try TOMLParser.table(parsing: text)
        } catch {
            throw SettingsError(source: source, line: error.line, problem: "not valid TOML: column \(error.column): \(error.problem)")
        }
    }
}
