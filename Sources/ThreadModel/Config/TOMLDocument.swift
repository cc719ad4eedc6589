import TOMLKit

/// Reads TOML text for tread's settings files: layers, themes and config.toml.
public enum TOMLDocument {
    /// The table in `text`, read from `source`.
    ///
    /// TOMLKit's parser (toml++) asserts, and so aborts the program, on a key that is missing
    /// where a table header or a dotted key needs one (`[` alone on a line, `a. = 1`); such
    /// text is refused here first, with its line.
    /// - Throws: ``SettingsError`` naming `source`, the line when known, and the problem.
    public static func table(parsing text: String, source: String) throws(SettingsError) -> TOMLTable {
        if let line = lineMissingKey(in: text) {
            throw SettingsError(source: source, line: line, problem: "not valid TOML: a key is missing (after '[' or '.')")
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw SettingsError(source: source, line: error.source.begin.line, problem: "not valid TOML: \(error.description)")
        } catch {
            throw SettingsError(source: source, problem: "not valid TOML")
        }
    }

    /// The first line (from 1) on which a table header or a dotted key lacks a key.
    static func lineMissingKey(in text: String) -> Int? {
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var rest = line.drop { $0 == " " || $0 == "\t" }
            if rest.first == "#" { continue }
            let isHeader = rest.first == "["
            // `[table]` or `[[array]]`: a third bracket is where the key should be.
            if isHeader { rest = rest.dropFirst(rest.dropFirst().first == "[" ? 2 : 1) }
            guard isHeader || rest.contains("=") else { continue }
            if !keyFollows(rest) { return lineNumber }
            // Each '.' in the key part (outside quotes, before '=' or ']') needs a key after it.
            var quote: Character?
            var index = rest.startIndex
            while index < rest.endIndex {
                let character = rest[index]
                index = rest.index(after: index)
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == "=" || character == "]" || character == "#" {
                    break
                } else if character == ".", !keyFollows(rest[index...]) {
                    return lineNumber
                }
            }
        }
        return nil
    }

    private static func keyFollows(_ text: Substring) -> Bool {
        guard let next = text.first(where: { $0 != " " && $0 != "\t" }) else { return false }
        return next == "\"" || next == "'" || next == "_" || next == "-" || (next.isASCII && (next.isLetter || next.isNumber))
    }
}
