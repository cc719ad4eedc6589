import Foundation
import ThreadModel

/// Text read from a file or standard input, checked for what tread cannot show.
struct InputText {
    /// The name to use in messages: the path, or `<stdin>`.
    var name: String
    /// The decoded text.
    var decoded: DecodedText

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
        let decoded = DecodedText(decoding: data)
        if let offset = decoded.firstNULOffset {
            throw CommandFailure(message: "\(name): binary file (NUL byte at byte \(offset)); tread reads text")
        }
        return InputText(name: name, decoded: decoded)
    }

    /// Writes a note to standard error when invalid UTF-8 was replaced.
    func noteRepairs() {
        guard let offset = decoded.firstInvalidOffset else { return }
        let count = decoded.invalidSequenceCount
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
