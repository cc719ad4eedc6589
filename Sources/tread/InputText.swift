import Foundation
import ThreadModel

/// An input read from a file or standard input, checked for what tread cannot show.
struct InputText {
    /// The input; its name is the path, or `<stdin>`.
    var input: ImportInput
    /// Invalid UTF-8 found in it.
    var report: UTF8Report

    /// The name to use in messages.
    var name: String { input.name }

    /// Reads `path`, or standard input when `path` is nil or `-`.
    ///
    /// - Throws: ``CommandFailure`` when the file cannot be read or holds binary data.
    static func read(_ path: String?) throws -> InputText {
        let input: ImportInput
        do {
            if let path, path != "-" {
                input = try ImportInput(contentsOfFile: path)
            } else {
                input = try ImportInput(name: "<stdin>", readingToEnd: STDIN_FILENO)
            }
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        let report = input.check()
        if let offset = report.firstNULOffset {
            throw CommandFailure(message: "\(input.name): binary file (NUL byte at byte \(offset)); tread reads text")
        }
        return InputText(input: input, report: report)
    }

    /// Writes a note to standard error when invalid UTF-8 was replaced.
    func noteRepairs() {
        guard let offset = report.firstInvalidOffset else { return }
        let count = report.invalidSequenceCount
        let more = count > 1 ? " and \(count - 1) more place\(count > 2 ? "s" : "")" : ""
        let note = "tread: \(name): invalid UTF-8 at byte \(offset)\(more), shown as U+FFFD\n"
        FileHandle.standardError.write(Data(note.utf8))
    }
}
