import ThreadModel

extension ReaderState {
    /// Opens the export form, choosing the marked replies if there are any, else those the
    /// filter shows, else the selected subtree.
    mutating func openExportDialog() {
        let selection: ExportDialog.Selection = !marks.isEmpty ? .marked : filter != nil ? .shown : .subtree
        exportDialog = ExportDialog(selection: selection, title: thread.title)
    }

    /// Keys in the export form: Tab and ↑/↓ move between rows, ←/→ and Space change a choice,
    /// the path row edits like a prompt, Enter writes, Esc closes.
    mutating func handleExportKey(_ key: Key) {
        guard var dialog = exportDialog else { return }
        switch key {
        case .escape:
            exportDialog = nil
            return
        case .enter:
            exportDialog = nil
            requestExport(dialog)
            return
        case .tab, .down: dialog.move(forward: true)
        case .up: dialog.move(forward: false)
        default:
            if dialog.field == .path {
                _ = dialog.path.edit(key)
            } else if [.left, .right, .character(" ")].contains(key) {
                dialog.cycle(forward: key != .left)
            }
        }
        exportDialog = dialog
    }

    /// How many replies each choice of the form would export.
    func exportCount(_ selection: ExportDialog.Selection) -> Int {
        chosenReplies(selection).reduce(0) { $0 + ($1 ? 1 : 0) }
    }

    /// Asks for the export the form describes, unless it would hold nothing.
    private mutating func requestExport(_ dialog: ExportDialog) {
        let path = dialog.path.text.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else {
            message = "export: no path given"
            return
        }
        let chosen = chosenReplies(dialog.selection)
        guard chosen.contains(true) else {
            message = "export: no \(dialog.selection.label) replies"
            return
        }
        requests.append(.export(ExportRequest(chosen: chosen, context: dialog.context, format: dialog.format, path: path, replacing: false)))
    }

    /// Asks whether to replace `request`'s file, which exists.
    public mutating func askToReplace(_ request: ExportRequest) {
        confirmation = .replaceFile(request)
    }

    /// Carries out what was asked, on yes.
    mutating func answer(_ confirmation: Confirmation, yes: Bool) {
        guard yes else {
            message = "cancelled"
            return
        }
        switch confirmation {
        case .clearMarks: clearMarks()
        case .replaceFile(var request):
            request.replacing = true
            requests.append(.export(request))
        }
    }

    /// Asks for the selected item's text on the clipboard.
    mutating func copySelected() {
        let text = selected < 0 ? thread.post.text : thread.replies[navigator.reply(at: selected)].text
        requests.append(.copy(text))
    }

    private func chosenReplies(_ selection: ExportDialog.Selection) -> [Bool] {
        switch selection {
        case .marked:
            var chosen = [Bool](repeating: false, count: thread.replies.count)
            for reply in marks { chosen[reply] = true }
            return chosen
        case .shown:
            return filter?.matches ?? Array(repeating: true, count: thread.replies.count)
        case .subtree:
            var chosen = [Bool](repeating: false, count: thread.replies.count)
            guard selected >= 0 else { return Array(repeating: true, count: thread.replies.count) }
            let root = navigator.reply(at: selected)
            // Tree order keeps a subtree together: the root, then its descendants.
            for position in selected...(selected + navigator.descendantCounts[root]) { chosen[navigator.reply(at: position)] = true }
            return chosen
        }
    }
}
