/// Every action the reader can take, one case each, with the words the help overlay shows.
public enum Command: String, CaseIterable, Sendable {
    case nextReply, previousReply, nextSibling, previousSibling, parent
    case nextTopLevel, previousTopLevel
    case collapseOrParent, expand, toggleFold, toggleFoldAll
    case first, last, halfPageDown, halfPageUp, pageDown, pageUp
    case search, nextMatch, previousMatch
    case toggleOutline, togglePane, cycleOrder, listLinks
    case toggleLayer, toggleOriginalPosterOnly, toggleFeaturedOnly, filter, clearFilters
    case toggleMark, markMatches, clearMarks, nextMark, previousMark, export, copy, cycleTheme
    case help, quit

    /// What the command does, for the help overlay.
    public var help: String {
        switch self {
        case .nextReply: "next reply"
        case .previousReply: "previous reply"
        case .nextSibling: "next sibling"
        case .previousSibling: "previous sibling"
        case .parent: "parent"
        case .nextTopLevel: "next top-level reply"
        case .previousTopLevel: "previous top-level reply"
        case .collapseOrParent: "collapse, or go to the parent"
        case .expand: "expand"
        case .toggleFold: "fold or unfold"
        case .toggleFoldAll: "fold all / unfold all"
        case .first: "first"
        case .last: "last"
        case .halfPageDown: "half a page down"
        case .halfPageUp: "half a page up"
        case .pageDown: "a page down"
        case .pageUp: "a page up"
        case .search: "search (incremental)"
        case .nextMatch: "next match"
        case .previousMatch: "previous match"
        case .toggleOutline: "outline: one line per reply"
        case .togglePane: "reading pane (outline) / fold (tree)"
        case .cycleOrder: "sort: thread order, likes, replies, time"
        case .toggleLayer: "a layer's replies only (with others on)"
        case .toggleOriginalPosterOnly: "the OP's replies only (只看楼主)"
        case .toggleFeaturedOnly: "featured replies only"
        case .filter: "filter: words, layer:, author:, likes>=…"
        case .clearFilters: "clear the filters"
        case .toggleMark: "mark or unmark the reply"
        case .markMatches: "mark every reply the filter matches"
        case .clearMarks: "clear the marks (asks first)"
        case .nextMark: "next marked reply"
        case .previousMark: "previous marked reply"
        case .export: "export marked, shown or subtree replies"
        case .copy: "copy the reply's text (OSC 52, if on)"
        case .cycleTheme: "next theme"
        case .listLinks: "the selected reply's links and their addresses"
        case .help: "this help"
        case .quit: "quit"
        }
    }
}
