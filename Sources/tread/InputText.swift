import Foundation
import ThreadModel

/// Bytes read from a file or standard input, checked for what tread cannot show.
struct InputText {
    /// The name to use in messages: the path, or `<stdin>`.
    var name: String
    /// The bytes as read.
    var bytes: [UInt8]
    /// Invalid UTF-8 found in them.
    var report: UTF8Report

    /// The bytes as text, invalid UTF-8 replaced by U+FFFD.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Reads `path`, or standard input when `path` is nil or `-`.
    ///
    /// - Throws: ``CommandFailure`` when the file cannot be read or holds binary data.
    static func read(_ path: String?) throws -> InputText {
        let name = path.flatMap { $0 == "-" ? nil : $0 } ?? "<stdin>"
        let data: Data
        if name == "<stdin>" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = try readFile(name)
        }
        let bytes = [UInt8](data)
        let report = UTF8Report(checking: bytes)
        if let offset = report.firstNULOffset {
            throw CommandFailure(message: "\(name): binary file (NUL byte at byte \(offset)); tread reads text")
        }
        return InputText(name: name, bytes: bytes, report: report)
    }

    /// Writes a note to standard error when invalid UTF-8 was replaced.
    func noteRepairs() {
        guard let offset = report.firstInvalidOffset else { return }
        let count = report.invalidSequenceCount
        let more = count > 1 ? " and \(count - 1) more place\(count > 2 ? "s" : "")" : ""
        let note = "tread: \(name): invalid UTF-8 at byte \(offset)\(more), shown as U+FFFD\n"
        FileHandle.standardError.write(Data(note.utf8))
    }

    private static func readFile(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(message: "\(path): no such file")
        }
        if isDirectory.boolValue {
            throw CommandFailure(message: "\(path): is a directory, not a text file")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(message: "\(path): cannot read (\(error.localizedDescription))")
        }
    }
}
