import ArgumentParser
import Foundation
import ThreadModel

/// Which layers are in force: `--layers FILE`, else the user's `layers.toml`, else the built-in set.
struct LayerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A layers file (TOML) to use instead of $XDG_CONFIG_HOME/tread/layers.toml or the built-in layers.",
        valueName: "file"
    ))
    var layers: String?

    /// The layers in force.
    ///
    /// - Throws: ``CommandFailure`` naming the file and key when a layers file is bad.
    func loadLayers() throws -> LayerSet {
        guard let path = layers ?? Self.userFile else { return .standard }
        do {
            return try LayerSet.load(contentsOf: path)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
    }

    /// `$XDG_CONFIG_HOME/tread/layers.toml` (default `~/.config`), when it exists.
    static var userFile: String? {
        let environment = ProcessInfo.processInfo.environment
        let home = environment["HOME"] ?? NSHomeDirectory()
        let configuration = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        let path = configuration + "/tread/layers.toml"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
