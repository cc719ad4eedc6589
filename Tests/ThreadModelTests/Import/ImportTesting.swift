@testable import ThreadModel

/// Shorthands for importing fixtures in tests.
enum ImportTesting {
    static func thread(_ text: String, name: String = "t.json", format: InputFormat? = nil, op: String? = nil) throws -> DiscussionThread {
        try ThreadImporter.importThread(from: [ImportInput(name: name, text: text)], format: format, options: ImportOptions(originalPoster: op))
    }

    /// The error importing `text` gives, or nil when it imports.
    static func error(_ text: String, name: String = "t.json", format: InputFormat? = nil) -> ImportError? {
        do {
            _ = try thread(text, name: name, format: format)
            return nil
        } catch let error as ImportError {
            return error
        } catch {
            return nil
        }
    }
}
