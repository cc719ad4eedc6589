import ThreadModel

/// Everything the reader shows and remembers, with no terminal in it: tests and `tread render`
/// drive it with keys and read back frames.
public struct ReaderState {
    /// The two ways of showing the tree.
    public enum Mode: Sendable {
        /// Each reply with its full text.
        case tree
        /// One line per reply; the selected one's text in a pane when there is room.
        case outline
    }

    /// The thread being read.
    public let thread: DiscussionThread
    /// The tree order in force and how to move through it.
    var navigator: TreeNavigator
    /// How text is measured.
    public var layout: TextLayout {
        didSet { guides = GuideGlyphs(layout: layout, layers: classification.layers, ascii: asciiGuides) }
    }
    /// Whether known emoticon codes are drawn as emoji (`[抱拳]` as 🙏).
    public var emoticonsAsEmoji = false
    /// The most lines of each reply's text tree mode shows (nil: all); the outline's pane shows all.
    public var previewLines: Int?
    /// Whether tree guides are drawn in ASCII (`|-`, `` `- ``) rather than box drawing.
    public var asciiGuides = false {
        didSet { guides = GuideGlyphs(layout: layout, layers: classification.layers, ascii: asciiGuides) }
    }
    /// Tree guides as the layout measures them.
    private(set) var guides: GuideGlyphs
    /// Columns and rows of the screen.
    public private(set) var width: Int
    /// Rows of the screen.
    public private(set) var height: Int
    /// The selected item: a tree position, or -1 for the post.
    public internal(set) var selected = -1
    /// The first item on screen, and how many of its rows are scrolled off the top.
    var top = -1
    var topRowOffset = 0
    /// Folded replies, by reply index.
    var folded: [Bool]
    /// The layers each reply belongs to, found at load.
    public let classification: LayerClassification
    /// The filters the reader has switched on.
    public internal(set) var filters = ReaderFilters()
    /// What the filters leave of the thread, or nil when none is on.
    public internal(set) var filter: ReplyFilter?
    /// Counts filter changes, so laid-out rows from before one are not reused.
    var filterGeneration = 0
    /// Tree or outline.
    public internal(set) var mode = Mode.tree
    /// Whether the outline shows the selected reply's text in a pane.
    var showsPane = true
    /// Whether the help overlay is up.
    public internal(set) var showsHelp = false
    /// How far the help is scrolled, on a screen too short for all of it.
    var helpOffset = 0
    /// Whether the selected item's links are listed over the screen.
    public internal(set) var showsLinks = false
    /// The search being typed, if any.
    public internal(set) var searchPrompt: PromptLine?
    /// The filter query being typed, if any.
    public internal(set) var filterPrompt: PromptLine?
    /// Earlier filter queries, walked with ↑/↓ in the prompt.
    var filterHistory = PromptHistory()
    /// The query and selection before the filter prompt opened, for Esc and a bad query.
    var beforeFilterPrompt: (query: (text: String, parsed: FilterQuery)?, selection: Int)?
    /// Where the selection was before the search prompt opened, for Esc.
    var selectionBeforeSearch = -1
    /// The last search: its text and the tree positions that match, in order.
    public internal(set) var search: (query: String, matches: [Int])?
    /// Earlier searches, walked with ↑/↓ in the prompt.
    var searchHistory = PromptHistory()
    /// The marked replies, by index.
    public internal(set) var marks: Set<Int> = []
    /// Counts mark changes, so rows laid out before one are not reused.
    var marksGeneration = 0
    /// What the reader asks of the program running it, oldest first; see ``takeRequests()``.
    public internal(set) var requests: [ReaderRequest] = []
    /// A question waiting for y or n.
    public internal(set) var confirmation: Confirmation?
    /// The export form, while it is open.
    public internal(set) var exportDialog: ExportDialog?
    /// A one-line message for the status bar.
    public internal(set) var message: String?
    /// Set by `q` or Ctrl-C.
    public internal(set) var isFinished = false
    /// The keys.
    public var keymap = Keymap.standard
    /// Tree-mode rows of items laid out lately; shared by copies of the state, which is safe
    /// because rows depend only on what the cache keys them by.
    let treeRows = RowCache()
    /// The thread's text folded for search, built on the first search; shared like `treeRows`.
    let searchIndex = SearchIndex()

    /// A reader of `thread` on a screen of `width` × `height`.
    public init(thread: DiscussionThread, width: Int, height: Int, layout: TextLayout = TextLayout(), layers: LayerSet = .standard) {
        self.thread = thread
        classification = LayerClassification(thread: thread, layers: layers)
        navigator = TreeNavigator(thread: thread)
        self.layout = layout
        guides = GuideGlyphs(layout: layout, layers: classification.layers)
        self.width = width
        self.height = height
        folded = Array(repeating: false, count: thread.replies.count)
    }

    /// Starts folding the thread for search and filter queries in the background, so that the
    /// first key typed in either prompt of a large thread finds it ready.
    public func prepareSearch() {
        searchIndex.prepare(for: thread)
    }

    /// Which replies the filter shows (matches and their ancestors), or nil when none is on.
    var shown: [Bool]? { filter?.shown }

    /// Rows between the header and the status bar.
    var treeHeight: Int { max(0, height - 2) }

    /// Where the outline's reading pane goes.
    enum PanePlacement: Equatable {
        /// Not shown: not asked for, tree mode, or no room.
        case hidden
        /// Under the list, in the lower half of the screen.
        case below
        /// To the right of a list `listWidth` columns wide, on a wide terminal.
        case beside(listWidth: Int)
    }

    /// Where the reading pane is: beside the list where the terminal is wide enough for both to
    /// be read, below it where it is tall enough, else nowhere.
    var panePlacement: PanePlacement {
        guard mode == .outline, showsPane else { return .hidden }
        if width >= 120 { return .beside(listWidth: max(width / 2, width - 100)) }
        return treeHeight >= 12 ? .below : .hidden
    }

    /// Rows for the list of items: all of the tree's rows, or the outline's share above the pane.
    var listHeight: Int { panePlacement == .below ? treeHeight / 2 : treeHeight }

    /// Columns for the list of items.
    var listWidth: Int {
        if case .beside(let listWidth) = panePlacement { return listWidth }
        return width
    }

    /// Whether the screen is too small to show anything useful.
    public var isTooSmall: Bool { width < 20 || height < 5 }

    /// Takes a new screen size, keeping the selected item in view.
    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        keepSelectionInView()
    }

    func itemLayout(width: Int) -> ItemLayout {
        ItemLayout(thread: thread, navigator: navigator, layout: layout, guides: guides, width: width,
                   classification: classification, filter: filter, marks: marks, emoticonsAsEmoji: emoticonsAsEmoji, previewLines: previewLines)
    }

    /// How many rows the item at `position` takes in the current mode.
    func rowCount(at position: Int) -> Int {
        mode == .outline ? 1 : rows(at: position).count
    }

    /// The tree-mode rows of the item at `position`, from the cache when it has them.
    func rows(at position: Int) -> [Row] {
        let isFolded = position >= 0 && folded[navigator.reply(at: position)]
        let key = RowCache.Key(width: width, sorting: navigator.sorting, layout: layout, filterGeneration: filterGeneration,
                               marksGeneration: marksGeneration, emoticonsAsEmoji: emoticonsAsEmoji, previewLines: previewLines,
                               asciiGuides: asciiGuides)
        return treeRows.rows(at: position, for: key, folded: isFolded) {
            itemLayout(width: width).rows(at: position, folded: folded)
        }
    }
}
