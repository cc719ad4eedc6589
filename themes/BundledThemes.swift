import Foundation

/// The themes that ship with tread: the `.toml` files beside this one, installed as a resource
/// bundle next to the binary.
public enum BundledThemes {
    /// The bundle SwiftPM builds beside the executable.
    public static let bundleName = "tread_TreadThemes.resources"

    /// The places the bundle is looked for: where the program is, then beside its executable
    /// (through symbolic links).
    public static var searchedFolders: [URL] {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        return [Bundle.main.bundleURL, executable].map { $0.appendingPathComponent(bundleName) }
    }

    /// The installed folder of bundled themes, if there is one.
    public static var folder: URL? {
        searchedFolders.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("default.toml").path) }
    }
}
