/// The formats a selection of replies can be exported in.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Markdown: the title and source, then each reply as a quote.
    case markdown = "md"
    /// tread-thread/1, which tread opens again.
    case json
    /// A plain-text tree wrapped to a width.
    case text = "txt"

    /// The file name extension.
    public var fileExtension: String { rawValue }
}
