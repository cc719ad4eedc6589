/// Why an input could not be read as a thread, with the file and place, as one line.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's name as given, or `<stdin>`.
    public var file: String
    /// The 1-based line of the problem, when it has one.
    public var line: Int?
    /// The 1-based column (in characters) of the problem, when known.
    public var column: Int?
    /// The JSON path of the problem, e.g. `replies[3].parent`, for JSON input.
    public var path: String?
    /// What was expected or went wrong.
    public var message: String

    /// An error in `file`; place it with `line`, `column` and `path` when known.
    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `file:line:column: at path: message`, leaving out the parts not known.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        if let path, !path.isEmpty { place += ": at \(path)" }
        return "\(place): \(message)"
    }

    /// An error at a byte offset of `bytes`, with its line and column worked out.
    init(file: String, bytes: UnsafeBufferPointer<UInt8>, offset: Int, path: String? = nil, message: String) {
        let offset = min(offset, bytes.count)
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes[..<offset].enumerated() where byte == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self).unicodeScalars.count + 1
        self.init(file: file, line: line, column: column, path: path, message: message)
    }
}
