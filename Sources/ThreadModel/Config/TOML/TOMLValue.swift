/// A value in a TOML document.
public enum TOMLValue: Equatable, Sendable {
    /// A basic or literal string, single- or multi-line.
    case string(String)
    /// A 64-bit integer, written in decimal, hex, octal or binary.
    case integer(Int)
    /// A float, including `inf` and `nan`.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// An offset or local date-time, a local date or a local time, as written.
    case dateTime(String)
    /// An array of values of any types.
    case array([TOMLValue])
    /// A table: a `[header]` section, an inline table, or one of an array of tables.
    case table(TOMLTable)

    /// The string, if this is one.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The integer, if this is one.
    public var int: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    /// The boolean, if this is one.
    public var bool: Bool? {
        if case .boolean(let flag) = self { return flag }
        return nil
    }

    /// The elements, if this is an array (or an array of tables).
    public var array: [TOMLValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The table, if this is one.
    public var table: TOMLTable? {
        if case .table(let table) = self { return table }
        return nil
    }
}
