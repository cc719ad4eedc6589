import ThreadModel

/// Something the reader asks of the world outside it — the disk, the clipboard — which the
/// program running it carries out, telling the reader how it went.
public enum ReaderRequest: Equatable, Sendable {
    /// Saves a change of marks: these replies marked, those unmarked.
    case saveMarks(marking: Set<ReplyID>, unmarking: Set<ReplyID>)
    /// Writes an export.
    case export(ExportRequest)
    /// Puts text on the clipboard.
    case copy(String)
    /// Draws with the next theme.
    case nextTheme
}

/// An export asked for in the reader: which replies, how, and where.
public struct ExportRequest: Equatable, Sendable {
    /// Whether each reply is to be exported.
    public var chosen: [Bool]
    /// Whether the replies they answer go with them.
    public var context: Bool
    /// The format.
    public var format: ExportFormat
    /// The file to write.
    public var path: String
    /// Whether an existing file may be replaced (asked of the reader first).
    public var replacing: Bool

    /// An export of the replies `chosen` marks, as `format`, to `path`.
    public init(chosen: [Bool], context: Bool, format: ExportFormat, path: String, replacing: Bool) {
        self.chosen = chosen
        self.context = context
        self.format = format
        self.path = path
        self.replacing = replacing
    }

    /// How many replies are chosen.
    public var count: Int { chosen.reduce(0) { $0 + ($1 ? 1 : 0) } }
}
