import CTextKernels
import Foundation

/// A regular file's bytes mapped read-only into memory, with the pages already read given back.
///
/// Importing a large thread reads its file once, front to back, into replies. Mapping it spares
/// the copy a `read` into an array makes, and giving back pages behind the reader keeps the whole
/// file from sitting in memory beside the thread made of it: the peak stays near the thread's own
/// size. Pages given back are read again from the page cache if an error message needs them.
final class MappedFile: @unchecked Sendable {
    /// The file's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// How far this pass has given pages back, page-aligned; only the importing thread moves it.
    private var releasedUpTo = 0
    private static let pageSize = max(4096, sysconf(Int32(_SC_PAGESIZE)))

    /// Maps the open file `descriptor` of `size` bytes, named `name` in messages; nil when it
    /// cannot be mapped.
    ///
    /// While the mapping lives, a file cut short by another program ends tread with a message
    /// naming it, rather than a crash on reading past its new end.
    init?(descriptor: Int32, size: Int, name: String) {
        guard size > 0, let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        _ = madvise(address, size, MADV_SEQUENTIAL)
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
        tread_guard_mapped_reads("tread: \(name): the file shrank while it was being read\n")
    }

    /// Gives back the whole pages before `offset`, once they are read, a mebibyte or more at a time.
    /// An offset before the last one starts a new pass over the file.
    func release(before offset: Int) {
        let end = offset / Self.pageSize * Self.pageSize
        if end < releasedUpTo { releasedUpTo = 0 }
        guard end >= releasedUpTo + (1 << 20), let base = bytes.baseAddress else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + releasedUpTo), end - releasedUpTo, MADV_DONTNEED)
        releasedUpTo = end
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
        tread_unguard_mapped_reads()
    }
}
