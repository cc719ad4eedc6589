import Foundation

/// One input to import: its name for messages and its bytes.
///
/// Importers read bytes: a JSON importer makes strings only of the values it keeps, which is
/// cheaper than decoding the whole input into one `String` first. Invalid UTF-8 in what is kept
/// reads as U+FFFD. A regular file is mapped rather than read, see ``init(contentsOfFile:)``.
public struct ImportInput: Sendable {
    private enum Storage: Sendable {
        case array([UInt8])
        case mapped(MappedFile)
    }

    /// The path as given, or `<stdin>`.
    public var name: String
    private let storage: Storage

    /// An input named `name` holding `bytes`.
    public init(name: String, bytes: [UInt8]) {
        self.init(name: name, storage: .array(bytes))
    }

    private init(name: String, storage: Storage) {
        self.name = name
        self.storage = storage
    }

    /// An input named `name` holding `text`.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The file at `path`, named `path`: mapped when it is a regular file, else read to its end.
    ///
    /// - Throws: ``ImportError`` when the file is missing, a directory or a device, or unreadable.
    public init(contentsOfFile path: String) throws(ImportError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.openError(path: path, code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Self.openError(path: path, code: errno) }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw ImportError(file: path, message: "is a directory, not a text file")
        // A device such as /dev/zero never ends.
        case S_IFCHR, S_IFBLK: throw ImportError(file: path, message: "is a device, not a text file")
        default: break
        }
        if status.st_mode & S_IFMT == S_IFREG, let mapping = MappedFile(descriptor: descriptor, size: Int(status.st_size), name: path) {
            self.init(name: path, storage: .mapped(mapping))
            return
        }
        try self.init(name: path, readingToEnd: descriptor)
    }

    /// The most a stream is read before tread gives up on it: 1 GiB, over twice the largest
    /// thread measured (1M replies), where a file would be mapped instead.
    public static let streamLimit = 1 << 30

    /// Everything `descriptor` gives until its end, named `name`: standard input, a pipe.
    ///
    /// - Throws: ``ImportError`` when reading fails, or when more than `limit` bytes come,
    ///   since a stream that never ends would otherwise be read until memory runs out.
    public init(name: String, readingToEnd descriptor: Int32, limit: Int = streamLimit) throws(ImportError) {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { throw ImportError(file: name, message: "cannot read (\(String(cString: strerror(errno))))") }
            if count == 0 { break }
            guard bytes.count + count <= limit else {
                throw ImportError(file: name, message: "gave more than \(limit >> 20) MiB without ending; save the thread to a file and open that")
            }
            bytes.append(contentsOf: chunk[..<count])
        }
        self.init(name: name, bytes: bytes)
    }

    /// Calls `body` with the input's bytes, valid only during the call.
    func withBytes<Result, Failure>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result) throws(Failure) -> Result {
        switch storage {
        case .array(let bytes): try bytes.withUnsafeBufferPointer(body)
        case .mapped(let file): try body(file.bytes)
        }
    }

    /// Says that the bytes before `offset` have been read, so a mapped file can give their pages back.
    func release(before offset: Int) {
        if case .mapped(let file) = storage { file.release(before: offset) }
    }

    /// The input's invalid UTF-8 and NUL bytes, checked in one pass that gives pages back behind it.
    public func check() -> UTF8Report {
        withBytes { bytes in UTF8Report(checking: bytes, afterEachMegabyte: release(before:)) }
    }

    /// The input as text, invalid UTF-8 replaced.
    public var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    private static func openError(path: String, code: Int32) -> ImportError {
        ImportError(file: path, message: code == ENOENT ? "no such file" : "cannot read (\(String(cString: strerror(code))))")
    }
}
