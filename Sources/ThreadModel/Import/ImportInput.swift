/// One input to import: its name for messages and its text.
public struct ImportInput: Sendable {
    /// The path as given, or `<stdin>`.
    public var name: String
    /// The text, already decoded (invalid UTF-8 replaced).
    public var text: String

    /// An input named `name` holding `text`.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
