/// A table while a TOML document is read: it can still gain keys, and it remembers how it
/// came to be, which decides whether a later header or dotted key may add to it.
final class TOMLTableBuilder {
    /// How a table was made, in the terms of the TOML 1.0 rules on defining tables.
    enum Definition {
        /// Made only as the parent of a header (`a` in `[a.b]`): `[a]` may still define it.
        case implicit
        /// Made or reached by dotted keys in the current section: more dotted keys may add
        /// to it here, but it becomes ``defined`` when the section ends.
        case dotted
        /// Defined by a header, or by dotted keys in an earlier section: no header or dotted
        /// key may define it again.
        case defined
    }

    /// What a key holds while the document is read.
    enum Entry {
        /// A finished value; inline tables and arrays are finished as soon as they are read.
        case value(TOMLValue)
        /// A table that may still gain keys.
        case table(TOMLTableBuilder)
        /// An array of tables (`[[name]]`), in order; never empty.
        case tables([TOMLTableBuilder])
    }

    var definition: Definition
    private var keys: [String] = []
    private var entries: [String: Entry] = [:]

    init(definition: Definition) {
        self.definition = definition
    }

    subscript(key: String) -> Entry? {
        entries[key]
    }

    /// Sets a new `key` to `entry`.
    func add(_ entry: Entry, for key: String) {
        keys.append(key)
        entries[key] = entry
    }

    /// Appends a new table to the array of tables at `key`, starting the array if it is absent.
    func appendTable(for key: String) -> TOMLTableBuilder {
        let table = TOMLTableBuilder(definition: .defined)
        // Taken out first so that the array is not copied on each append.
        if case .tables(var tables) = entries.removeValue(forKey: key) {
            tables.append(table)
            entries[key] = .tables(tables)
        } else {
            add(.tables([table]), for: key)
        }
        return table
    }

    /// The finished table.
    func built() -> TOMLTable {
        var table = TOMLTable()
        for key in keys {
            switch entries[key] {
            case .value(let value): table.append(value, for: key)
            case .table(let builder): table.append(.table(builder.built()), for: key)
            case .tables(let builders): table.append(.array(builders.map { .table($0.built()) }), for: key)
            case nil: break
            }
        }
        return table
    }
}
