import Foundation
import Testing

/// A small tmpfs mounted for one test: a disk that can really fill up or turn read-only.
///
/// Mounting needs root and a machine that allows it; where it does not, ``isAvailable`` is
/// false and the tests that need one do not run.
final class ScratchMount {
    /// The mount point.
    let path: String

    /// Whether a tmpfs can be mounted here, found by mounting one.
    static let isAvailable: Bool = (try? ScratchMount(kilobytes: 4)) != nil

    /// Why a mount could not be made or changed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Mounts a tmpfs of `kilobytes` on a new temporary folder.
    init(kilobytes: Int) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("tread-mount-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        guard mount("tmpfs", path, "tmpfs", 0, "size=\(kilobytes)k") == 0 else {
            let reason = String(cString: strerror(errno))
            rmdir(path)
            throw Failure(description: "cannot mount a tmpfs on \(path) (\(reason))")
        }
    }

    /// Writes zeros to a filler file until the disk is full.
    func fill() {
        let descriptor = open(path + "/filler", O_WRONLY | O_CREAT, 0o644)
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// Makes the mount read-only, which even root cannot write to.
    func makeReadOnly() throws {
        guard mount("tmpfs", path, "tmpfs", UInt(MS_REMOUNT | MS_RDONLY), nil) == 0 else {
            throw Failure(description: "cannot remount \(path) read-only (\(String(cString: strerror(errno))))")
        }
    }

    deinit {
        umount2(path, Int32(MNT_DETACH))
        rmdir(path)
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs a test only where a ``ScratchMount`` can be made.
    static var needsScratchMount: Self {
        .enabled(if: ScratchMount.isAvailable, "needs a tmpfs, which only root on a machine that allows it can mount")
    }
}
