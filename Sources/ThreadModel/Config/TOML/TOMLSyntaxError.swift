/// Text that is not valid TOML 1.0: where, and what is wrong.
public struct TOMLSyntaxError: Error, Equatable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column in Unicode scalars, from 1.
    public var column: Int
    /// What is wrong.
    public var problem: String

    /// `LINE:COLUMN: problem`.
    public var description: String {
        "\(line):\(column): \(problem)"
    }
}
