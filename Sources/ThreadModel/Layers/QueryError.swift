/// A filter query that cannot be read: the column (from 1) it goes wrong at, and why.
public struct QueryError: Error, Equatable, CustomStringConvertible {
    /// The column, counted in characters from 1.
    public var column: Int
    /// What is wrong.
    public var problem: String

    /// An error at `column`.
    public init(column: Int, problem: String) {
        self.column = column
        self.problem = problem
    }

    /// `column N: problem`.
    public var description: String { "column \(column): \(problem)" }
}
