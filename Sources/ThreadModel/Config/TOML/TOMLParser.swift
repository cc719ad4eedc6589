/// Reads TOML 1.0 text into a ``TOMLTable``, refusing anything else with its line and column.
///
/// tread reads its settings with this parser rather than a C++ one because settings files
/// are often hand-edited and sometimes shared: any text, however broken, must give an
/// error, never an abort. Nesting deeper than ``maximumDepth`` is refused for the same
/// reason, so that no file can exhaust the stack.
struct TOMLParser {
    /// The deepest nesting of tables and arrays read; deeper text is an error.
    static let maximumDepth = 128

    /// The bytes the parser branches on.
    enum Byte {
        static let tab = UInt8(ascii: "\t")
        static let newline = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")
        static let space = UInt8(ascii: " ")
        static let quote = UInt8(ascii: "\"")
        static let apostrophe = UInt8(ascii: "'")
        static let backslash = UInt8(ascii: "\\")
        static let hash = UInt8(ascii: "#")
        static let equals = UInt8(ascii: "=")
        static let dot = UInt8(ascii: ".")
        static let comma = UInt8(ascii: ",")
        static let underscore = UInt8(ascii: "_")
        static let plus = UInt8(ascii: "+")
        static let minus = UInt8(ascii: "-")
        static let colon = UInt8(ascii: ":")
        static let openBracket = UInt8(ascii: "[")
        static let closeBracket = UInt8(ascii: "]")
        static let openBrace = UInt8(ascii: "{")
        static let closeBrace = UInt8(ascii: "}")
        static let delete: UInt8 = 0x7F
    }

    let bytes: [UInt8]
    var position = 0
    private let root = TOMLTableBuilder(definition: .defined)
    /// The table that key/value lines go to: the root, or the last header's table.
    private var section: TOMLTableBuilder
    private var sectionDepth = 0
    /// Tables made or reached by dotted keys since the last header.
    private var dottedInSection: [TOMLTableBuilder] = []

    private init(text: String) {
        // CRLF counts as one newline; a lone CR stays and is refused as a control character.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte == Byte.newline, bytes.last == Byte.carriageReturn { bytes.removeLast() }
            bytes.append(byte)
        }
        self.bytes = bytes
        section = root
    }

    /// The table that TOML `text` describes.
    static func table(parsing text: String) throws(TOMLSyntaxError) -> TOMLTable {
        var parser = TOMLParser(text: text)
        try parser.readDocument()
        return parser.root.built()
    }

    // MARK: - Lines

    private mutating func readDocument() throws(TOMLSyntaxError) {
        while true {
            skipWhitespace()
            guard let byte = peek() else { return }
            if byte == Byte.newline {
                position += 1
                continue
            }
            if Self.startsKey(byte) {
                try readKeyValueLine()
            } else if byte == Byte.openBracket {
                for table in dottedInSection { table.definition = .defined }
                dottedInSection = []
                try peek(at: 1) == Byte.openBracket ? readArrayTableHeader() : readTableHeader()
            } else if byte != Byte.hash {
                throw failure("expected a key, a [table] header or a comment")
            }
            skipWhitespace()
            try skipComment()
            guard let end = peek() else { return }
            guard end == Byte.newline else { throw failure("expected the end of the line") }
            position += 1
        }
    }

    private mutating func readKeyValueLine() throws(TOMLSyntaxError) {
        let start = position
        let (key, value) = try readKeyValue(depth: sectionDepth)
        try add(value, at: key, to: section, keyStart: start)
    }

    /// `key = value`, with the value's nesting counted from `depth`.
    mutating func readKeyValue(depth: Int) throws(TOMLSyntaxError) -> (key: [String], value: TOMLValue) {
        let start = position
        let key = try readKey()
        guard depth + key.count <= Self.maximumDepth else {
            throw failure("tables nest more than \(Self.maximumDepth) deep", at: start)
        }
        guard peek() == Byte.equals else { throw failure("expected '=' after the key") }
        position += 1
        skipWhitespace()
        return (key, try readValue(depth: depth + key.count))
    }

    /// Adds `value` at dotted `key` under `table`, making the tables its dots name.
    mutating func add(_ value: TOMLValue, at key: [String], to table: TOMLTableBuilder, keyStart: Int) throws(TOMLSyntaxError) {
        var table = table
        for part in key.dropLast() {
            switch table[part] {
            case nil:
                let child = TOMLTableBuilder(definition: .dotted)
                table.add(.table(child), for: part)
                dottedInSection.append(child)
                table = child
            case .table(let child) where child.definition != .defined:
                if child.definition == .implicit {
                    child.definition = .dotted
                    dottedInSection.append(child)
                }
                table = child
            default:
                throw failure("'\(part)' is already defined and cannot take dotted keys", at: keyStart)
            }
        }
        let last = key[key.count - 1]
        guard table[last] == nil else { throw failure("'\(last)' is already defined", at: keyStart) }
        table.add(.value(value), for: last)
    }

    private mutating func readTableHeader() throws(TOMLSyntaxError) {
        let start = position
        position += 1
        let key = try readHeaderKey()
        guard peek() == Byte.closeBracket else { throw failure("expected ']' to end the table header") }
        position += 1
        let parent = try parentTable(of: key, headerStart: start)
        let last = key[key.count - 1]
        switch parent[last] {
        case nil:
            section = TOMLTableBuilder(definition: .defined)
            parent.add(.table(section), for: last)
        case .table(let table) where table.definition == .implicit:
            table.definition = .defined
            section = table
        default:
            throw failure("table '\(key.joined(separator: "."))' is already defined", at: start)
        }
        sectionDepth = key.count
    }

    private mutating func readArrayTableHeader() throws(TOMLSyntaxError) {
        let start = position
        position += 2
        let key = try readHeaderKey()
        guard peek() == Byte.closeBracket, peek(at: 1) == Byte.closeBracket else {
            throw failure("expected ']]' to end the array of tables header")
        }
        position += 2
        let parent = try parentTable(of: key, headerStart: start)
        let last = key[key.count - 1]
        switch parent[last] {
        case nil, .tables: section = parent.appendTable(for: last)
        default: throw failure("'\(key.joined(separator: "."))' is already defined and is not an array of tables", at: start)
        }
        sectionDepth = key.count
    }

    private mutating func readHeaderKey() throws(TOMLSyntaxError) -> [String] {
        skipWhitespace()
        let start = position
        let key = try readKey()
        guard key.count <= Self.maximumDepth else { throw failure("tables nest more than \(Self.maximumDepth) deep", at: start) }
        return key
    }

    /// The table a header's last key goes in, making the ones its dots name.
    private func parentTable(of key: [String], headerStart: Int) throws(TOMLSyntaxError) -> TOMLTableBuilder {
        var table = root
        for part in key.dropLast() {
            switch table[part] {
            case nil:
                let child = TOMLTableBuilder(definition: .implicit)
                table.add(.table(child), for: part)
                table = child
            case .table(let child):
                table = child
            case .tables(let tables):
                table = tables[tables.count - 1]
            case .value:
                throw failure("'\(part)' is a value, not a table that can take a header", at: headerStart)
            }
        }
        return table
    }

    // MARK: - Keys

    private static func startsKey(_ byte: UInt8) -> Bool {
        isBareKey(byte) || byte == Byte.quote || byte == Byte.apostrophe
    }

    private static func isBareKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return byte == Byte.underscore || byte == Byte.minus
        }
    }

    /// A key of one or more parts joined by dots, and the whitespace after it.
    private mutating func readKey() throws(TOMLSyntaxError) -> [String] {
        var parts = [try readKeyPart()]
        skipWhitespace()
        while peek() == Byte.dot {
            position += 1
            skipWhitespace()
            parts.append(try readKeyPart())
            skipWhitespace()
        }
        return parts
    }

    private mutating func readKeyPart() throws(TOMLSyntaxError) -> String {
        switch peek() {
        case Byte.quote: return try readBasicString()
        case Byte.apostrophe: return try readLiteralString()
        case let byte? where Self.isBareKey(byte):
            let start = position
            while let next = peek(), Self.isBareKey(next) { position += 1 }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        default:
            throw failure("expected a key")
        }
    }

    // MARK: - Spacing and errors

    func peek(at offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    mutating func skipWhitespace() {
        while let byte = peek(), byte == Byte.space || byte == Byte.tab { position += 1 }
    }

    /// Skips a comment, if one starts here, up to its newline.
    mutating func skipComment() throws(TOMLSyntaxError) {
        guard peek() == Byte.hash else { return }
        while let byte = peek(), byte != Byte.newline {
            guard !Self.isControl(byte) || byte == Byte.tab else { throw failure("a control character in a comment") }
            position += 1
        }
    }

    /// An ASCII control character, which TOML allows only where each rule says.
    static func isControl(_ byte: UInt8) -> Bool {
        byte < Byte.space || byte == Byte.delete
    }

    /// An error at `offset` (by default the current position).
    func failure(_ problem: String, at offset: Int? = nil) -> TOMLSyntaxError {
        let offset = min(offset ?? position, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == Byte.newline {
            line += 1
            lineStart = index + 1
        }
        // Columns count scalars: every byte but UTF-8 continuation bytes starts one.
        let column = 1 + bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 }
        return TOMLSyntaxError(line: line, column: column, problem: problem)
    }
}
