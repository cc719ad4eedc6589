import ThreadModel

extension ReaderState {
    /// Applies one key: to the open prompt or overlay if there is one, else through the keymap.
    public mutating func handle(_ key: Key) {
        message = nil
        if showsHelp, helpScrollLimit > 0, let direction = Self.helpScrollDirection(key) {
            helpOffset = min(helpScrollLimit, max(0, helpOffset + direction * max(1, height - 8)))
            return
        }
        if showsHelp || showsLinks {
            helpOffset = 0
            showsHelp = false
            showsLinks = false
            return
        }
        if searchPrompt != nil {
            handleSearchKey(key)
            return
        }
        if filterPrompt != nil {
            handleFilterKey(key)
            return
        }
        if let confirmation {
            self.confirmation = nil
            answer(confirmation, yes: key == .character("y") || key == .character("Y"))
            return
        }
        if exportDialog != nil {
            handleExportKey(key)
            return
        }
        switch key {
        case .wheelUp, .wheelDown:
            for _ in 0..<3 { perform(key == .wheelUp ? .previousReply : .nextReply) }
            return
        case .click(let row, let column):
            click(row: row, column: column)
            return
        default:
            break
        }
        guard let command = keymap.command(for: key) else {
            message = "\(Keymap.name(of: key)) does nothing here; ? shows the keys"
            return
        }
        if command == .toggleLayer, case .character(let digit) = key {
            toggleLayer(key: digit)
            return
        }
        perform(command)
    }

    /// Which way `key` pages the help when it does not fit: 1 on, -1 back, nil to close it.
    private static func helpScrollDirection(_ key: Key) -> Int? {
        switch key {
        case .character(" "), .character("j"), .down, .pageDown: 1
        case .character("k"), .up, .pageUp: -1
        default: nil
        }
    }

    /// Runs one command.
    public mutating func perform(_ command: Command) {
        switch command {
        case .nextReply: select(navigator.next(after: selected, folded: folded, shown: shown))
        case .previousReply: select(navigator.previous(before: selected, folded: folded, shown: shown))
        case .nextSibling: select(sibling(offset: 1))
        case .previousSibling: select(sibling(offset: -1))
        case .parent: select(parentPosition)
        case .nextTopLevel: select(topLevel(after: true))
        case .previousTopLevel: select(topLevel(after: false))
        case .collapseOrParent: collapseOrParent()
        case .expand: setFold(false)
        case .toggleFold: toggleFold()
        case .toggleFoldAll: toggleFoldAll()
        case .first: select(-1)
        case .last: select(lastVisible)
        case .halfPageDown: moveByRows(treeHeight / 2)
        case .halfPageUp: moveByRows(-treeHeight / 2)
        case .pageDown: moveByRows(treeHeight)
        case .pageUp: moveByRows(-treeHeight)
        case .search:
            selectionBeforeSearch = selected
            searchPrompt = PromptLine()
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .toggleOutline:
            mode = mode == .tree ? .outline : .tree
            keepSelectionInView()
        case .togglePane:
            if mode == .outline { showsPane.toggle() } else { toggleFold() }
        case .cycleOrder: sort(by: navigator.sorting.next)
        case .toggleLayer: break
        case .toggleOriginalPosterOnly:
            filters.originalPosterOnly.toggle()
            applyFilters()
        case .toggleFeaturedOnly:
            filters.featuredOnly.toggle()
            applyFilters()
        case .filter:
            beforeFilterPrompt = (filters.query, selected)
            filterPrompt = PromptLine(text: filters.query?.text ?? "")
        case .clearFilters:
            filters = ReaderFilters()
            applyFilters()
        case .listLinks:
            if links.isEmpty { message = "no links here" } else { showsLinks = true }
        case .toggleMark: toggleMark()
        case .markMatches: markMatches()
        case .clearMarks: askToClearMarks()
        case .nextMark: jumpToMark(forward: true)
        case .previousMark: jumpToMark(forward: false)
        case .export: openExportDialog()
        case .copy: copySelected()
        case .cycleTheme: requests.append(.nextTheme)
        case .help: showsHelp = true
        case .quit: isFinished = true
        }
    }

    // MARK: Moving

    /// The selected reply's id, or nil when the post is selected.
    public var selectedReplyID: ReplyID? {
        selected < 0 ? nil : thread.replies[navigator.reply(at: selected)].id
    }

    /// Selects the reply with `id`, if the thread has one, unfolding what hides it.
    public mutating func selectReply(_ id: ReplyID) {
        guard let reply = thread.index(of: id) else { return }
        reveal(navigator.positions[reply])
    }

    mutating func select(_ position: Int?) {
        guard let position else { return }
        selected = position
        keepSelectionInView()
    }

    private var parentPosition: Int? {
        guard selected >= 0 else { return nil }
        return thread.parent(of: navigator.reply(at: selected)).map { navigator.positions[$0] } ?? -1
    }

    private func sibling(offset: Int) -> Int? {
        guard selected >= 0 else { return nil }
        return offset > 0 ? navigator.nextSibling(of: selected, shown: shown) : navigator.previousSibling(of: selected, shown: shown)
    }

    private func topLevel(after: Bool) -> Int? {
        guard navigator.count > 0 else { return nil }
        guard selected >= 0 else { return after ? navigator.next(after: -1, folded: folded, shown: shown) : nil }
        let root = navigator.root(of: selected)
        if after { return navigator.nextSibling(of: root, shown: shown) }
        if root != selected { return root }
        return navigator.previousSibling(of: root, shown: shown) ?? -1
    }

    private var lastVisible: Int {
        navigator.previous(before: navigator.count, folded: folded, shown: shown) ?? -1
    }

    /// Scrolls by `rows` and selects the first item whose header is then on screen.
    private mutating func moveByRows(_ rows: Int) {
        var position = selected
        var remaining = abs(rows)
        while remaining > 0 {
            let next = rows > 0 ? navigator.next(after: position, folded: folded, shown: shown) : navigator.previous(before: position, folded: folded, shown: shown)
            guard let next else { break }
            remaining -= rowCount(at: rows > 0 ? position : next)
            position = next
        }
        select(position)
    }

    /// Selects the item drawn at `row`; a click on a reply's branch guide folds or unfolds it.
    private mutating func click(row: Int, column: Int) {
        guard column < listWidth, let hit = item(atScreenRow: row) else { return }
        select(hit.position)
        if hit.isHeader, hit.position >= 0, column < hit.guideColumns { toggleFold() }
    }

    /// The selected item's links: shown text and address, in order.
    var links: [(text: String, url: String)] {
        let paragraphs = selected < 0 ? thread.post.paragraphs : thread.replies[navigator.reply(at: selected)].paragraphs
        return paragraphs.flatMap { paragraph in
            let bytes = Array(paragraph.text.utf8)
            return paragraph.spans.compactMap { span -> (String, String)? in
                guard case .link(let url) = span.kind else { return nil }
                return (String(decoding: bytes[span.range], as: UTF8.self), url)
            }
        }
    }

    // MARK: Folding

    private mutating func toggleFold() {
        guard selected >= 0 else { return }
        let reply = navigator.reply(at: selected)
        guard navigator.descendantCounts[reply] > 0 else {
            message = "no replies to fold"
            return
        }
        folded[reply].toggle()
        keepSelectionInView()
    }

    private mutating func setFold(_ value: Bool) {
        guard selected >= 0 else { return }
        let reply = navigator.reply(at: selected)
        guard navigator.descendantCounts[reply] > 0 else { return }
        folded[reply] = value
        keepSelectionInView()
    }

    private mutating func collapseOrParent() {
        guard selected >= 0 else { return }
        let reply = navigator.reply(at: selected)
        if navigator.descendantCounts[reply] > 0, !folded[reply] {
            folded[reply] = true
            keepSelectionInView()
        } else {
            select(parentPosition)
        }
    }

    /// Folds every top-level reply, or unfolds everything when any is folded.
    private mutating func toggleFoldAll() {
        if folded.contains(true) {
            folded = Array(repeating: false, count: folded.count)
        } else {
            for root in thread.children(of: nil) where navigator.descendantCounts[root] > 0 { folded[root] = true }
            if selected >= 0 { selected = navigator.visibleAncestorOrSelf(of: selected, folded: folded) }
        }
        keepSelectionInView()
    }

    // MARK: Filters

    /// Toggles the layer whose key is `key`.
    mutating func toggleLayer(key: Character) {
        guard let layer = classification.layers.layer(forKey: key) else {
            message = "no layer on \(key); tread layers lists them"
            return
        }
        if filters.layers.remove(layer) == nil { filters.layers.insert(layer) }
        applyFilters()
    }

    /// Works out what the filters show, and keeps the selection on something shown.
    mutating func applyFilters() {
        let filters = filters
        let thread = thread
        let classification = classification
        let queryMatches = filters.query?.parsed.matches(in: thread, classification: classification, index: searchIndex, marks: marks)
        filter = filters.isActive ? ReplyFilter(thread: thread) {
            filters.passes($0, in: thread, classification: classification, queryMatches: queryMatches)
        } : nil
        filterGeneration += 1
        if filter?.matchCount == 0 { message = "nothing matches \(filters.label(layers: classification.layers))" }
        if selected >= 0, let shown, !shown[navigator.reply(at: selected)] {
            selected = navigator.next(after: selected, folded: folded, shown: shown)
                ?? navigator.previous(before: selected, folded: folded, shown: shown) ?? -1
        }
        top = -1
        topRowOffset = 0
        keepSelectionInView()
    }

    /// Keys in the filter prompt: the filter follows the query as it is typed, wherever it
    /// reads; Enter keeps it, Esc goes back to the filter from before the prompt.
    private mutating func handleFilterKey(_ key: Key) {
        switch key {
        case .escape:
            filterPrompt = nil
            filterHistory.record("")
            restoreFilterFromBeforePrompt()
        case .enter:
            let text = filterPrompt?.text ?? ""
            filterPrompt = nil
            filterHistory.record(text)
            do {
                try filter(byQuery: text)
                beforeFilterPrompt = nil
            } catch {
                message = "filter: \(error)"
                restoreFilterFromBeforePrompt()
            }
        case .up, .down:
            let line = key == .up ? filterHistory.older(than: filterPrompt?.text ?? "") : filterHistory.newer()
            guard let line else { return }
            filterPrompt = PromptLine(text: line)
            try? filter(byQuery: line)
        default:
            guard filterPrompt?.edit(key) == true else { return }
            // Half a query (`likes>=`) does not read yet: the last one that did stays on.
            try? filter(byQuery: filterPrompt?.text ?? "")
        }
    }

    /// Filters by the query `text`, none when it is blank; does nothing when it is the query on.
    ///
    /// - Throws: ``QueryError`` pointing at the column where `text` cannot be read.
    mutating func filter(byQuery text: String) throws {
        let query = text.allSatisfy(\.isWhitespace) ? nil : (text, try FilterQuery.parse(text, layers: classification.layers))
        guard query?.0 != filters.query?.text else { return }
        filters.query = query
        applyFilters()
        // Half-typed queries may hide the reply that was selected; once it shows again, it is
        // selected again.
        if let before = beforeFilterPrompt?.selection, before >= 0, shown?[navigator.reply(at: before)] ?? true { select(before) }
    }

    private mutating func restoreFilterFromBeforePrompt() {
        guard let before = beforeFilterPrompt else { return }
        beforeFilterPrompt = nil
        guard before.query?.text != filters.query?.text else { return }
        filters.query = before.query
        applyFilters()
        if before.selection < 0 || shown?[navigator.reply(at: before.selection)] ?? true { select(before.selection) }
    }

    // MARK: Sorting

    /// Orders siblings by `order`, keeping the selected reply and the search's matches.
    public mutating func sort(by order: ReplyOrder) {
        let selectedReply = selected < 0 ? nil : navigator.reply(at: selected)
        let matchedReplies = search?.matches.map { navigator.reply(at: $0) }
        navigator = TreeNavigator(thread: thread, sorting: order)
        if let matchedReplies, let query = search?.query {
            search = (query, matchedReplies.map { navigator.positions[$0] }.sorted())
        }
        top = -1
        topRowOffset = 0
        select(selectedReply.map { navigator.positions[$0] } ?? -1)
    }

    // MARK: Search

    private mutating func handleSearchKey(_ key: Key) {
        switch key {
        case .escape:
            searchPrompt = nil
            searchHistory.record("")
            select(selectionBeforeSearch)
        case .enter:
            let query = searchPrompt?.text ?? ""
            searchPrompt = nil
            searchHistory.record(query)
            if search?.matches.isEmpty == true { message = "not found: \(query)" }
        case .up, .down:
            let line = key == .up ? searchHistory.older(than: searchPrompt?.text ?? "") : searchHistory.newer()
            guard let line else { return }
            searchPrompt = PromptLine(text: line)
            runSearch()
        default:
            guard searchPrompt?.edit(key) == true else { return }
            runSearch()
        }
    }

    /// Finds the replies matching the prompt's text and selects the first at or after where the
    /// search began, wrapping.
    private mutating func runSearch() {
        let query = searchPrompt?.text ?? ""
        guard !query.isEmpty else {
            search = nil
            select(selectionBeforeSearch)
            return
        }
        let matches = searchIndex.replies(in: thread, containing: query).map { navigator.positions[$0] }.sorted()
        search = (query, matches)
        guard !matches.isEmpty else { return }
        let from = matches.lowerBound(of: selectionBeforeSearch)
        let target = matches[from < matches.count ? from : 0]
        reveal(target)
    }

    private mutating func jumpToMatch(forward: Bool) {
        guard let matches = search?.matches,
              let (target, wrapped) = nextShownMatch(in: matches, forward: forward)
        else {
            message = search == nil ? "no search yet: / searches" : "not found: \(search?.query ?? "")"
            return
        }
        if wrapped { message = "search wrapped" }
        reveal(target)
    }

    /// The match after (or before) the selection that the filter shows, and whether the search
    /// went round the end to find it. Matches are in tree order, so the selection's neighbours
    /// are found by bisection, and hidden ones are stepped over from there: a keypress costs the
    /// same in a thread of any size.
    private func nextShownMatch(in matches: [Int], forward: Bool) -> (position: Int, wrapped: Bool)? {
        let shown = shown
        let start = forward ? matches.lowerBound(of: selected + 1) : matches.lowerBound(of: selected) - 1
        for step in 0..<matches.count {
            let unwrapped = forward ? start + step : start - step
            let index = (unwrapped % matches.count + matches.count) % matches.count
            if shown?[navigator.reply(at: matches[index])] ?? true {
                return (matches[index], unwrapped != index)
            }
        }
        return nil
    }

    /// Selects `position`, unfolding the replies that hide it.
    mutating func reveal(_ position: Int) {
        for ancestor in navigator.ancestors(of: position) { folded[ancestor] = false }
        select(position)
    }

    // MARK: Scrolling

    /// Moves the view so that the selected item's start is on screen, and as much of it as fits.
    mutating func keepSelectionInView() {
        let treeHeight = listHeight
        guard treeHeight > 0 else { return }
        if selected <= top {
            top = selected
            topRowOffset = 0
            return
        }
        if top >= 0, !(top == navigator.visibleAncestorOrSelf(of: top, folded: folded)) {
            top = navigator.visibleAncestorOrSelf(of: top, folded: folded)
            topRowOffset = 0
        }
        // Rows from the top of the screen to the end of the selected item.
        var rows = -topRowOffset
        var position: Int? = top
        while let current = position, current != selected, rows < treeHeight {
            rows += rowCount(at: current)
            position = navigator.next(after: current, folded: folded, shown: shown)
        }
        let selectedRows = rowCount(at: selected)
        guard rows + selectedRows > treeHeight else { return }
        // Bring the selected item up: its end at the bottom, or its start at the top if taller.
        var newTop = selected
        var above = treeHeight - selectedRows
        while above > 0, let previous = navigator.previous(before: newTop, folded: folded, shown: shown) {
            let height = rowCount(at: previous)
            guard height <= above else { break }
            above -= height
            newTop = previous
        }
        top = newTop
        topRowOffset = 0
    }
}
