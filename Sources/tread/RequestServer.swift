import Reader
import ThreadModel

/// Carries out what the reader asks: saves marks as they change, and writes exports.
///
/// A change of marks that cannot be saved is kept and tried again with the next one, and once
/// more when the reader closes, so a full disk or a read-only folder loses nothing silently.
struct RequestServer {
    let thread: DiscussionThread
    let store: MarkStore
    let classification: LayerClassification
    /// Changes not saved yet.
    private var unsaved: (marking: Set<ReplyID>, unmarking: Set<ReplyID>) = ([], [])

    init(thread: DiscussionThread, classification: LayerClassification, store: MarkStore) {
        self.thread = thread
        self.classification = classification
        self.store = store
    }

    /// Shows the saved marks in `state`, or says why they cannot be read.
    func loadMarks(into state: inout ReaderState) {
        do {
            let contents = try store.load()
            state.showSavedMarks(contents.marks)
            if let notice = contents.notice { state.report(notice) }
        } catch {
            state.report("marks: \(error)")
        }
    }

    /// Carries out `request`, telling `state` how it went.
    mutating func serve(_ request: ReaderRequest, in state: inout ReaderState) {
        switch request {
        case .saveMarks(let marking, let unmarking):
            unsaved.marking = unsaved.marking.subtracting(unmarking).union(marking)
            unsaved.unmarking = unsaved.unmarking.subtracting(marking).union(unmarking)
            do {
                guard let contents = try saveUnsaved() else { return }
                state.showSavedMarks(contents.marks)
                if let notice = contents.notice { state.report(notice) }
            } catch {
                state.report("marks not saved yet: \(error)")
            }
        case .export(let export):
            write(export, in: &state)
        case .copy, .nextTheme:
            break
        }
    }

    /// Saves what is left unsaved, returning the marks as they now stand (nil when there was
    /// nothing to save); when the reader closes, a failure here is tread's error.
    ///
    /// - Throws: ``MarkStoreError`` naming the marks file.
    @discardableResult
    mutating func saveUnsaved() throws(MarkStoreError) -> MarkStore.Contents? {
        guard !unsaved.marking.isEmpty || !unsaved.unmarking.isEmpty else { return nil }
        let contents = try store.update(marking: unsaved.marking, unmarking: unsaved.unmarking)
        unsaved = ([], [])
        return contents
    }

    private func write(_ request: ExportRequest, in state: inout ReaderState) {
        let export = ThreadExport(thread: thread, chosen: request.chosen, context: request.context)
        do {
            try AtomicFile.write(export.document(as: request.format, classification: classification), to: request.path, replacing: request.replacing)
            state.report("wrote \(request.count) repl\(request.count == 1 ? "y" : "ies") to \(request.path)")
        } catch {
            if !request.replacing, error.description.hasSuffix("already exists; use --force to replace it") {
                state.askToReplace(request)
            } else {
                state.report("export: \(error)")
            }
        }
    }
}
