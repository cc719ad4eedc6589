import ThreadModel

extension ReaderState {
    /// The screen for the current state: header, tree or outline, status bar, and any overlay.
    ///
    /// Only the items on screen are laid out, so the work follows the screen, not the thread.
    public func render() -> Frame {
        var frame = Frame(width: width, height: height)
        guard !isTooSmall else {
            // Wrapped over the rows there are, so that even 10×3 says what is wrong.
            let note = "terminal too small (\(width)×\(height)); tread needs 20×5"
            let lines = width >= 2 ? layout.wrap(note, toWidth: width) : []
            for row in 0..<min(height, lines.count) {
                let rest = row == height - 1 ? lines[row...].joined(separator: " ") : lines[row]
                frame.write(layout.clusters(of: layout.truncate(rest, toWidth: width)), row: row, column: 0, role: .error)
            }
            return frame
        }
        drawHeader(on: &frame)
        switch mode {
        case .tree: drawTree(on: &frame)
        case .outline: drawOutline(on: &frame)
        }
        drawStatus(on: &frame)
        if showsHelp { drawHelp(on: &frame) }
        if showsLinks { drawLinks(on: &frame) }
        if let exportDialog { drawExportDialog(exportDialog, on: &frame) }
        return frame
    }

    // MARK: Header and status

    private func drawHeader(on frame: inout Frame) {
        let declared = thread.declared
        var counts: [String] = []
        if let reposts = declared.reposts { counts.append("转发 \(reposts)") }
        let loaded = thread.replies.count
        counts.append(declared.replies.map { "回复 \(loaded) of \($0)" } ?? "回复 \(loaded)")
        if let likes = declared.likes { counts.append("喜欢 \(likes)") }
        if filters.isActive { counts.append("filter: " + filters.label(layers: classification.layers)) }
        let right = counts.joined(separator: " · ")
        let sanitizer = TextSanitizer(layout: layout)
        let rawTitle = thread.title ?? String(thread.post.text.prefix { $0 != "\n" })
        let title = sanitizer.sanitize(thread.source.rawValue + " · " + rawTitle).split(separator: "\n").joined(separator: " ")
        let room = width - layout.width(of: right) - 2
        let left = room > 4 ? layout.truncate(title, toWidth: room) : ""
        let line = left + String(repeating: " ", count: max(1, width - layout.width(of: left) - layout.width(of: right))) + right
        frame.write(layout.clusters(of: layout.truncate(line, toWidth: width)), row: 0, column: 0, role: .header)
        frame.restyle(row: 0, columns: 0..<width, role: .header)
    }

    private func drawStatus(on frame: inout Frame) {
        let row = height - 1
        frame.restyle(row: row, columns: 0..<width, role: .statusBar)
        if let confirmation {
            frame.write(layout.clusters(of: layout.truncate(TextSanitizer(layout: layout).sanitize(confirmation.question), toWidth: width)),
                        row: row, column: 0, role: .prompt)
            return
        }
        if let (prefix, prompt) = searchPrompt.map({ ("/", $0) }) ?? filterPrompt.map({ ("filter: ", $0) }) {
            frame.write(layout.clusters(of: layout.truncate(prefix + TextSanitizer(layout: layout).sanitize(prompt.text) + "▏", toWidth: width)),
                        row: row, column: 0, role: .prompt)
            return
        }
        var left = selected < 0 ? "post" : "reply \(selected + 1) of \(thread.replies.count)"
        if let search {
            let index = search.matches.sortedContains(selected) ? "\(search.matches.lowerBound(of: selected) + 1)" : "-"
            left += "  /\(search.query) \(index)/\(search.matches.count)"
        }
        if let filter { left += "  \(filter.matchCount) of \(thread.replies.count) shown" + layerCounts }
        if !marks.isEmpty { left += "  ✓ \(marks.count) marked" }
        if navigator.sorting != .thread { left += "  " + navigator.sorting.label }
        if let message { left += "  " + message }
        let hint = "? help"
        let room = width - layout.width(of: hint) - 1
        let status = layout.truncate(TextSanitizer(layout: layout).sanitize(left), toWidth: max(0, room))
        frame.write(layout.clusters(of: status), row: row, column: 0, role: message == nil ? .statusBar : .error)
        frame.write(layout.clusters(of: hint), row: row, column: width - layout.width(of: hint), role: .statusBar)
    }

    /// The reply counts of the layers toggled on, e.g. ` (算力 9, 模型 6)`.
    private var layerCounts: String {
        guard !filters.layers.isEmpty else { return "" }
        let counts = filters.layers.sorted().map { "\(classification.layers.layers[$0].tag) \(classification.count(of: $0))" }
        return " (" + counts.joined(separator: ", ") + ")"
    }

    // MARK: Tree

    private func drawTree(on frame: inout Frame) {
        var row = 1
        var position: Int? = top
        var skip = topRowOffset
        while let current = position, row <= treeHeight {
            let lines = rows(at: current)
            let matches = highlightTarget(at: current).map { target in
                treeRows.searchMatches(at: current, target: target) { $0.map { $0.columns(matching: target) } }
            }
            for (index, line) in lines.enumerated().dropFirst(skip) where row <= treeHeight {
                place(line, on: &frame, row: row, columns: 0..<width, selected: current == selected, matches: matches?[index] ?? [])
                row += 1
            }
            skip = 0
            position = navigator.next(after: current, folded: folded, shown: shown)
        }
    }

    private func drawOutline(on frame: inout Frame) {
        let items = itemLayout(width: listWidth)
        var row = 1
        var position: Int? = top
        while let current = position, row <= listHeight {
            let line = items.outlineRow(at: current, folded: folded)
            place(line, on: &frame, row: row, columns: 0..<listWidth,
                  selected: current == selected, matches: highlightTarget(at: current).map(line.columns(matching:)) ?? [])
            row += 1
            position = navigator.next(after: current, folded: folded, shown: shown)
        }
        switch panePlacement {
        case .hidden:
            return
        case .below:
            let separator = listHeight + 1
            frame.write(layout.clusters(of: String(repeating: "─", count: width)), row: separator, column: 0, role: .dim)
            drawPane(on: &frame, rows: (separator + 1)...treeHeight, columns: 0..<width)
        case .beside(let listWidth):
            for row in 1...treeHeight {
                frame.write(layout.clusters(of: "│"), row: row, column: listWidth, role: .dim)
            }
            drawPane(on: &frame, rows: 1...treeHeight, columns: (listWidth + 2)..<width)
        }
    }

    /// The selected item's full text in `rows` and `columns` of the screen.
    private func drawPane(on frame: inout Frame, rows: ClosedRange<Int>, columns: Range<Int>) {
        let lines = itemLayout(width: columns.count).paneRows(at: selected, folded: folded)
        let target = highlightTarget(at: selected)
        for (row, line) in zip(rows, lines) {
            place(line, on: &frame, row: row, columns: columns, selected: false, matches: target.map(line.columns(matching:)) ?? [])
        }
    }

    /// Writes a row's segments in `columns`, highlights the search's `matches` (columns of the
    /// row) in it, and marks the selected header.
    private func place(_ line: Row, on frame: inout Frame, row: Int, columns: Range<Int>, selected: Bool, matches: [Range<Int>]) {
        var column = columns.lowerBound
        for segment in line.segments {
            column = frame.write(segment.clusters, row: row, column: column, role: segment.role, limit: columns.upperBound)
        }
        for match in matches {
            let shifted = (match.lowerBound + columns.lowerBound)..<(match.upperBound + columns.lowerBound)
            frame.restyle(row: row, columns: shifted.clamped(to: columns), role: .searchMatch)
        }
        if selected, line.isHeader { frame.select(row: row, columns: columns) }
    }

    /// The folded search text to highlight in the item at `position`: only items the search
    /// matched are looked at, so rows of other items cost nothing.
    private func highlightTarget(at position: Int) -> [UInt8]? {
        guard let search, !search.query.isEmpty, search.matches.sortedContains(position) else { return nil }
        return TextFolding.folded(search.query)
    }

    // MARK: Help

    private func drawHelp(on frame: inout Frame) {
        let entries = Command.allCases.map { command in
            // Nine digits would crowd the key column; layers are on 1–9 however they are bound.
            (command == .toggleLayer ? "1–9" : keymap.keys(for: command).joined(separator: " "), command.help)
        }
        let keyWidth = entries.map { layout.width(of: $0.0) }.max() ?? 0
        let lines = entries.map { layout.pad($0.0, toWidth: keyWidth) + "  " + $0.1 }
        // The box holds its title, a blank line and its borders besides the entries.
        let room = max(1, height - 6)
        let first = min(helpOffset, max(0, lines.count - room))
        let shown = lines[first..<min(lines.count, first + room)]
        let more = shown.endIndex < lines.count
        let title = more || first > 0 ? "tread — keys (Space/↓ more, ↑ back, other keys close)" : "tread — keys (any key closes)"
        drawOverlay([title, ""] + shown, on: &frame)
    }

    /// The most the help can scroll at this height.
    var helpScrollLimit: Int {
        max(0, Command.allCases.count - max(1, height - 6))
    }

    private func drawLinks(on frame: inout Frame) {
        let sanitizer = TextSanitizer(layout: layout)
        let lines = links.map { sanitizer.sanitize($0.text) + " → " + sanitizer.sanitize($0.url) }
        drawOverlay(["links (any key closes)", ""] + lines.map { $0.split(separator: "\n").joined(separator: " ") }, on: &frame)
    }

    /// The export form: the current row marked, each choice between arrows.
    private func drawExportDialog(_ dialog: ExportDialog, on frame: inout Frame) {
        func row(_ field: ExportDialog.Field, _ name: String, _ value: String) -> String {
            (dialog.field == field ? "▸ " : "  ") + layout.pad(name, toWidth: 9) + value
        }
        let selection = "\(dialog.selection.label) (\(exportCount(dialog.selection)))"
        let path = TextSanitizer(layout: layout).sanitize(dialog.path.text) + (dialog.field == .path ? "▏" : "")
        drawOverlay([
            "export",
            "",
            row(.selection, "replies", "< " + selection + " >"),
            row(.format, "format", "< " + dialog.format.fileExtension + " >"),
            row(.context, "context", "< " + (dialog.context ? "with the replies they answer" : "alone") + " >"),
            row(.path, "path", path),
            "",
            "↑/↓ Tab move · ←/→ change · Enter writes · Esc cancels",
        ], on: &frame)
    }

    /// Draws `lines` in a box over the middle of the screen.
    private func drawOverlay(_ lines: [String], on frame: inout Frame) {
        let boxWidth = min(width - 2, (lines.map { layout.width(of: $0) }.max() ?? 0) + 4)
        let boxHeight = min(height - 2, lines.count + 2)
        let left = (width - boxWidth) / 2
        let topRow = (height - boxHeight) / 2
        for offset in 0..<boxHeight {
            let text: String
            if offset == 0 || offset == boxHeight - 1 {
                text = String(repeating: "─", count: boxWidth)
            } else {
                text = "  " + (lines.indices.contains(offset - 1) ? lines[offset - 1] : "")
            }
            let row = topRow + offset
            frame.write(layout.clusters(of: layout.pad(layout.truncate(text, toWidth: boxWidth), toWidth: boxWidth)),
                        row: row, column: left, role: .help, limit: left + boxWidth)
        }
    }
}

extension ReaderState {
    /// The item drawn at a screen row, whether the row is its header, and where its guides end.
    func item(atScreenRow screenRow: Int) -> (position: Int, isHeader: Bool, guideColumns: Int)? {
        guard screenRow >= 1, screenRow <= listHeight else { return nil }
        let items = itemLayout(width: listWidth)
        var row = 1
        var position: Int? = top
        var skip = mode == .tree ? topRowOffset : 0
        while let current = position {
            let lines = mode == .tree ? rows(at: current) : [items.outlineRow(at: current, folded: folded)]
            for line in lines.dropFirst(skip) {
                if row == screenRow {
                    let guides = line.segments.prefix { if case .guide = $0.role { true } else { false } }
                    return (current, line.isHeader, guides.reduce(0) { $0 + $1.clusters.reduce(0) { $0 + $1.width } })
                }
                row += 1
            }
            skip = 0
            position = navigator.next(after: current, folded: folded, shown: shown)
        }
        return nil
    }
}
