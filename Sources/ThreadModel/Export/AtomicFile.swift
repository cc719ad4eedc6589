#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees the old file or the new one, never half of either.
public enum AtomicFile {
    /// Why a file could not be written; the message names the path.
    public struct WriteError: Error, CustomStringConvertible {
        /// One line naming the path and the cause.
        public var description: String
    }

    /// Writes `bytes` to `path` through a temporary file in the same folder, then renames it.
    ///
    /// Without `replacing`, an existing file is left alone and reported: the final step is
    /// `link(2)`, which fails rather than overwrite, so even a race cannot clobber a file.
    /// - Throws: ``WriteError`` naming `path`; nothing is left behind when writing fails.
    public static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(WriteError) {
        if !replacing, access(path, F_OK) == 0 {
            throw WriteError(description: "\(path): already exists; use --force to replace it")
        }
        let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
        var template = Array("\(folder.isEmpty ? "/" : folder)/.tread-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path, "cannot create a file in \(folder.isEmpty ? "/" : folder)") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(temporary) }
        let written = writeAll(bytes, to: descriptor)
        let synced = written && fsync(descriptor) == 0
        let savedErrno = errno
        close(descriptor)
        guard synced else {
            errno = savedErrno
            throw failure(path, "cannot write")
        }
        // Keep the usual permissions of a new file rather than mkstemp's owner-only ones.
        let mask = umask(0)
        umask(mask)
        chmod(temporary, 0o666 & ~mask)
        let placed = replacing ? rename(temporary, path) : link(temporary, path)
        guard placed == 0 else {
            if errno == EEXIST { throw WriteError(description: "\(path): already exists; use --force to replace it") }
            throw failure(path, "cannot write")
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }

    private static func failure(_ path: String, _ what: String) -> WriteError {
        WriteError(description: "\(path): \(what) (\(String(cString: strerror(errno))))")
    }
}
