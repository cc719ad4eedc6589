import Foundation

extension LayerSet {
    /// The layers a TOML file defines, over the built-in ones when it says `extends = "default"`.
    ///
    /// ```toml
    /// extends = "default"
    ///
    /// [[layer]]
    /// name = "robots"
    /// short = "机器人"
    /// key = "6"
    /// color = "magenta"
    /// keywords = ["机器人", "人形机器人", "宇树", "robot"]
    /// patterns = ['\bg1\b', 'optimus']
    /// ```
    ///
    /// - Throws: ``SettingsError`` naming the file, the key, and the line where the parser gives one.
    public static func load(contentsOf path: String) throws -> LayerSet {
        guard FileManager.default.fileExists(atPath: path) else {
            throw SettingsError(source: path, problem: "no such file")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SettingsError(source: path, problem: "cannot be read as UTF-8 text")
        }
        let parsed = try parse(text, source: path)
        guard parsed.extendsDefault else { return parsed.set }
        let merged = standard.extended(by: parsed.set)
        try checkDistinct(merged.layers, source: path)
        return merged
    }

    /// The layers in TOML `text`, and whether it extends the built-in set.
    static func parse(_ text: String, source: String) throws -> (set: LayerSet, extendsDefault: Bool) {
        let table = try TOMLDocument.table(parsing: text, source: source)
        for key in table.keys where !["extends", "layer"].contains(key) {
            throw SettingsError(source: source, problem: "unknown key '\(key)' (known: extends, layer)")
        }
        var extendsDefault = false
        if let extends = table["extends"] {
            guard extends.string == "default" else {
                throw SettingsError(source: source, problem: "'extends' must be \"default\"")
            }
            extendsDefault = true
        }
        guard let entries = table["layer"]?.array else {
            throw SettingsError(source: source, problem: "no [[layer]] tables")
        }
        var layers: [Layer] = []
        for (index, entry) in entries.enumerated() {
            guard let layerTable = entry.table else {
                throw SettingsError(source: source, problem: "layer \(index + 1) is not a table")
            }
            layers.append(try layer(from: layerTable, number: index + 1, source: source))
        }
        try checkDistinct(layers, source: source)
        return (LayerSet(layers: layers, source: source), extendsDefault)
    }

    private static let layerKeys = ["name", "short", "key", "color", "keywords", "patterns"]

    private static func layer(from table: TOMLTable, number: Int, source: String) throws -> Layer {
        func failure(_ problem: String) -> SettingsError {
            SettingsError(source: source, problem: "layer \(number): \(problem)")
        }
        for key in table.keys where !layerKeys.contains(key) {
            throw failure("unknown key '\(key)' (known: \(layerKeys.joined(separator: ", ")))")
        }
        guard let name = table["name"]?.string, !name.isEmpty else { throw failure("'name' must be a non-empty string") }
        func optionalString(_ key: String) throws -> String? {
            guard let value = table[key] else { return nil }
            guard let text = value.string, !text.isEmpty else { throw failure("'\(key)' must be a non-empty string") }
            return text
        }
        let keyText = try optionalString("key")
        if let keyText, !(keyText.count == 1 && ("1"..."9").contains(keyText)) {
            throw failure("'key' must be one digit from 1 to 9, not \"\(keyText)\"")
        }
        let keywords = try strings("keywords", in: table, failure: failure)
        let patterns = try strings("patterns", in: table, failure: failure)
        guard !keywords.isEmpty || !patterns.isEmpty else { throw failure("needs 'keywords' or 'patterns'") }
        for pattern in patterns {
            do {
                _ = try KeywordPattern(pattern, group: 0)
            } catch let error as PatternError {
                throw failure("'patterns': '\(pattern)' \(error.problem)")
            }
        }
        return Layer(name: name, shortName: try optionalString("short"), key: keyText?.first, color: try optionalString("color"),
                     keywords: keywords, patterns: patterns)
    }

    /// The strings of array `key`, none if it is absent.
    private static func strings(_ key: String, in table: TOMLTable, failure: (String) -> SettingsError) throws -> [String] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw failure("'\(key)' must be an array of strings") }
        let strings = array.compactMap(\.string).filter { !$0.isEmpty }
        guard strings.count == array.count, !strings.isEmpty else {
            throw failure("'\(key)' must be a non-empty array of non-empty strings")
        }
        return strings
    }

    private static func checkDistinct(_ layers: [Layer], source: String) throws {
        guard layers.count <= 64 else { throw SettingsError(source: source, problem: "more than 64 layers") }
        var names = Set<String>()
        var keys = Set<Character>()
        for layer in layers {
            guard names.insert(layer.name).inserted else {
                throw SettingsError(source: source, problem: "two layers are named '\(layer.name)'")
            }
            if let key = layer.key, !keys.insert(key).inserted {
                throw SettingsError(source: source, problem: "two layers use the key '\(key)'")
            }
        }
    }
}
