/// A JSON document held in memory, for small inputs whose shape is loose (Xueqiu's API).
enum JSONValue {
    case null
    case bool(Bool)
    /// A number as written, so 64-bit ids stay exact.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in document order; lookups are linear, which suits objects of a few dozen keys.
    case object([(key: String, value: JSONValue)])

    /// The deepest nesting read into memory; deeper input is an error, not a stack overflow.
    static let maximumDepth = 256

    /// Reads one value from `reader`.
    static func read(from reader: inout JSONReader, depth: Int = 0) throws(JSONSyntaxError) -> JSONValue {
        guard depth < maximumDepth else { throw reader.error("nesting no deeper than \(maximumDepth) levels") }
        switch try reader.peekKind() {
        case .null:
            _ = try reader.readNull()
            return .null
        case .bool: return .bool(try reader.readBool())
        case .number: return .number(try reader.readNumberText())
        case .string: return .string(try reader.readString())
        case .array:
            var elements: [JSONValue] = []
            try reader.readArray { (reader, _) throws(JSONSyntaxError) in
                elements.append(try read(from: &reader, depth: depth + 1))
            }
            return .array(elements)
        case .object:
            var members: [(key: String, value: JSONValue)] = []
            try reader.readObject { (reader, key) throws(JSONSyntaxError) in
                let name = reader.decodeKey(key)
                members.append((name, try read(from: &reader, depth: depth + 1)))
            }
            return .object(members)
        }
    }

    /// The member named `key` of an object, nil otherwise.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The string, nil for anything else.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// A whole number, nil for anything else (including `null`).
    var integer: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    /// A number or string as an id's text: Xueqiu's ids are numbers, other tools' may be strings.
    var idText: String? {
        switch self {
        case .number(let text), .string(let text): text
        default: nil
        }
    }

    /// The elements of an array, nil for anything else.
    var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// Whether this is JSON `null`.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
