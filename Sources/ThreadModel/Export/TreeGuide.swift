/// One column group of tree guides before a reply, kept abstract until drawn in a style.
public enum TreeGuide: Sendable {
    /// A reply with siblings after it: `├─ `.
    case branch
    /// The last reply among its siblings: `└─ `.
    case lastBranch
    /// An ancestor's line passing down: `│  `.
    case line
    /// Nothing passes here: three spaces.
    case blank

    /// Columns each guide takes.
    public static let columns = 3

    /// The guide drawn with box-drawing characters, or ASCII when `ascii`.
    ///
    /// Box drawing is East Asian ambiguous: terminals set to draw ambiguous characters wide
    /// misalign it, and ASCII guides are the way out.
    public func drawn(ascii: Bool) -> String {
        switch (self, ascii) {
        case (.branch, false): "├─ "
        case (.lastBranch, false): "└─ "
        case (.line, false): "│  "
        case (.branch, true): "|- "
        case (.lastBranch, true): "`- "
        case (.line, true): "|  "
        case (.blank, _): "   "
        }
    }
}
