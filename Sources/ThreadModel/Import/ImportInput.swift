/// One input to import: its name for messages and its bytes.
///
/// Importers read bytes: a JSON importer makes strings only of the values it keeps, which is
/// cheaper than decoding the whole input into one `String` first. Invalid UTF-8 in what is kept
/// reads as U+FFFD.
public struct ImportInput: Sendable {
    /// The path as given, or `<stdin>`.
    public var name: String
    /// The input's bytes, meant as UTF-8.
    public var bytes: [UInt8]

    /// An input named `name` holding `bytes`.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// An input named `name` holding `text`.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The input as text, invalid UTF-8 replaced.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
