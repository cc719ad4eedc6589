import Foundation
import ThreadModel
import TreadThemes

/// Where themes are found: the user's folder (`$XDG_CONFIG_HOME/tread/themes/`) first, then
/// the themes installed with tread. A theme is named by its file name without `.toml`, or
/// given as a path.
public struct ThemeCatalog: Sendable {
    /// The folders searched, in order.
    public let folders: [URL]

    /// The user's folder, then the bundled themes when they are installed.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let configuration = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        folders = [URL(fileURLWithPath: configuration + "/tread/themes")] + (BundledThemes.folder.map { [$0] } ?? [])
    }

    /// A catalog of exactly `folders`.
    public init(folders: [URL]) {
        self.folders = folders
    }

    /// Every theme's name, each once (a user's theme hides a bundled one of the same name).
    public var names: [String] {
        var seen = Set<String>()
        var names: [String] = []
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if seen.insert(name).inserted { names.append(name) }
            }
        }
        // The default first, as `T` starts from it.
        return names.filter { $0 == "default" } + names.filter { $0 != "default" }
    }

    /// The theme `nameOrPath`: a name found in the folders, or the path of a `.toml` file.
    ///
    /// - Throws: ``SettingsError`` naming the file, key and problem, or saying where themes were
    ///   looked for.
    public func theme(_ nameOrPath: String) throws -> Theme {
        try theme(nameOrPath, inheriting: [])
    }

    private func theme(_ nameOrPath: String, inheriting chain: [String]) throws -> Theme {
        let file = try location(of: nameOrPath)
        let name = file.deletingPathExtension().lastPathComponent
        guard !chain.contains(file.path) else {
            throw SettingsError(source: file.path, problem: "themes inherit each other in a circle")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw SettingsError(source: file.path, problem: "cannot be read")
        }
        return try Theme.parse(String(decoding: data, as: UTF8.self), name: name, source: file.path) { parent in
            try theme(parent, inheriting: chain + [file.path])
        }
    }

    private func location(of nameOrPath: String) throws -> URL {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            guard FileManager.default.fileExists(atPath: nameOrPath) else { throw SettingsError(source: nameOrPath, problem: "no such file") }
            return URL(fileURLWithPath: nameOrPath)
        }
        for folder in folders {
            let file = folder.appendingPathComponent(nameOrPath + ".toml")
            if FileManager.default.fileExists(atPath: file.path) { return file }
        }
        let places = (folders.map(\.path) + (BundledThemes.folder == nil ? BundledThemes.searchedFolders.map(\.path) : [])).joined(separator: ", ")
        throw SettingsError(source: nameOrPath, problem: "no such theme (looked in \(places))")
    }
}
