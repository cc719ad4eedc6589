import ThreadModel

/// The small form `e` opens: what to export, the format, whether with context, and the path.
public struct ExportDialog: Equatable, Sendable {
    /// The rows of the form, in order.
    public enum Field: CaseIterable, Sendable {
        case selection, format, context, path
    }

    /// Which replies to export.
    public enum Selection: CaseIterable, Sendable {
        case marked, shown, subtree

        /// How the form names it.
        var label: String {
            switch self {
            case .marked: "marked"
            case .shown: "shown by the filter"
            case .subtree: "the selected subtree"
            }
        }
    }

    /// The row being changed.
    public var field = Field.selection
    /// Which replies.
    public var selection: Selection
    /// The format.
    public var format = ExportFormat.markdown
    /// Whether the replies they answer go with them.
    public var context = false
    /// The file to write, editable.
    public var path: PromptLine

    /// A form choosing `selection`, writing to a file named after `title` in the current folder.
    init(selection: Selection, title: String?) {
        self.selection = selection
        path = PromptLine(text: Self.fileName(for: title) + "." + ExportFormat.markdown.fileExtension)
    }

    /// A file name from a thread title: its first 40 characters, with what a file name should
    /// not hold (slashes, controls, leading dots, spaces) turned to `-`.
    static func fileName(for title: String?) -> String {
        let characters = (title ?? "").prefix(40).map { character -> Character in
            character.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_".unicodeScalars.contains($0) }
                ? character : "-"
        }
        let name = String(characters).split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        return name.isEmpty ? "tread-export" : name
    }

    /// Moves to the next row (or the previous when `forward` is false), wrapping.
    mutating func move(forward: Bool) {
        let fields = Field.allCases
        let index = fields.firstIndex(of: field) ?? 0
        field = fields[(index + (forward ? 1 : fields.count - 1)) % fields.count]
    }

    /// Changes the current choice to the next (or previous) one; on the path row, nothing.
    mutating func cycle(forward: Bool) {
        switch field {
        case .selection: selection = Self.step(selection, forward: forward)
        case .format:
            let old = format
            format = Self.step(format, forward: forward)
            // A path still ending in the old format's extension follows the new one.
            if path.text.hasSuffix("." + old.fileExtension) {
                path = PromptLine(text: String(path.text.dropLast(old.fileExtension.count)) + format.fileExtension)
            }
        case .context: context.toggle()
        case .path: break
        }
    }

    private static func step<Choice: CaseIterable & Equatable>(_ choice: Choice, forward: Bool) -> Choice {
        let all = Array(Choice.allCases)
        let index = all.firstIndex(of: choice) ?? 0
        return all[(index + (forward ? 1 : all.count - 1)) % all.count]
    }
}
