import ThreadModel

extension ReaderState {
    /// Hands over the requests made since the last call, oldest first.
    public mutating func takeRequests() -> [ReaderRequest] {
        defer { requests = [] }
        return requests
    }

    /// Shows the marks as saved, which may hold changes another reader of the thread made.
    public mutating func showSavedMarks(_ ids: Set<ReplyID>) {
        guard ids != Set(marks.map { thread.replies[$0].id }) else { return }
        var indices = Set<Int>()
        if !ids.isEmpty {
            for reply in thread.replies.indices where ids.contains(thread.replies[reply].id) { indices.insert(reply) }
        }
        setMarks(indices)
    }

    /// Puts `message` in the status bar: how a request went.
    public mutating func report(_ message: String) {
        self.message = message
    }

    /// Marks the selected reply, or unmarks it.
    mutating func toggleMark() {
        guard selected >= 0 else {
            message = "only replies can be marked"
            return
        }
        let reply = navigator.reply(at: selected)
        let id = thread.replies[reply].id
        var changed = marks
        if changed.remove(reply) == nil {
            changed.insert(reply)
            requests.append(.saveMarks(marking: [id], unmarking: []))
        } else {
            requests.append(.saveMarks(marking: [], unmarking: [id]))
        }
        setMarks(changed)
    }

    /// Marks every reply the filter matches (not the context shown with them).
    mutating func markMatches() {
        guard let filter else {
            message = "M marks what a filter shows; no filter is on"
            return
        }
        let added = thread.replies.indices.filter { filter.matches[$0] && !marks.contains($0) }
        guard !added.isEmpty else {
            message = "all \(filter.matchCount) shown are marked"
            return
        }
        requests.append(.saveMarks(marking: Set(added.map { thread.replies[$0].id }), unmarking: []))
        setMarks(marks.union(added))
        message = "marked \(added.count)"
    }

    /// Asks before clearing every mark.
    mutating func askToClearMarks() {
        if marks.isEmpty { message = "no marks" } else { confirmation = .clearMarks(count: marks.count) }
    }

    /// Clears every mark.
    mutating func clearMarks() {
        requests.append(.saveMarks(marking: [], unmarking: Set(marks.map { thread.replies[$0].id })))
        setMarks([])
        message = "marks cleared"
    }

    /// Moves to the next (or previous) marked reply the filter shows, wrapping.
    mutating func jumpToMark(forward: Bool) {
        let shown = shown
        let positions = marks.filter { shown?[$0] ?? true }.map { navigator.positions[$0] }.sorted()
        guard !positions.isEmpty else {
            message = marks.isEmpty ? "no marks: m marks a reply" : "no marks among the replies shown"
            return
        }
        let after = positions.lowerBound(of: selected + 1)
        let before = positions.lowerBound(of: selected) - 1
        let target = forward ? positions[after < positions.count ? after : 0] : positions[before >= 0 ? before : positions.count - 1]
        if forward ? target <= selected : target >= selected { message = "marks wrapped" }
        reveal(target)
    }

    private mutating func setMarks(_ changed: Set<Int>) {
        marks = changed
        marksGeneration += 1
        // A query asking for marked replies depends on them.
        if filters.query?.parsed.usesMarks == true { applyFilters() }
    }
}
