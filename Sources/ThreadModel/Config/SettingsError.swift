/// A settings file (layers, configuration) that cannot be used: which file, where when the
/// TOML parser says, and why.
public struct SettingsError: Error, CustomStringConvertible, Equatable {
    /// The file, or `default` for the built-in layers.
    public var source: String
    /// The line, when the TOML parser gives one.
    public var line: Int?
    /// What is wrong, naming the key.
    public var problem: String

    /// An error in `source` (at `line`, if known).
    public init(source: String, line: Int? = nil, problem: String) {
        self.source = source
        self.line = line
        self.problem = problem
    }

    /// `FILE:LINE: problem`, or `FILE: problem`.
    public var description: String {
        source + (line.map { ":\($0)" } ?? "") + ": " + problem
    }
}
