/// A TOML table: keys in the order the document gives them, each with its value.
public struct TOMLTable: Equatable, Sendable {
    /// The keys, in document order.
    public private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]

    /// An empty table.
    public init() {}

    /// The value of `key`, if the table has it.
    public subscript(key: String) -> TOMLValue? {
        values[key]
    }

    /// Adds `value` under a `key` the table does not have yet.
    mutating func append(_ value: TOMLValue, for key: String) {
        keys.append(key)
        values[key] = value
    }
}
