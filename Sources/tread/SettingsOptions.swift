import ArgumentParser
import Foundation
import Reader
import ThreadModel

/// `--config FILE` and `--theme`: the user's settings, and how the reader takes them.
struct SettingsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A configuration file to use instead of $XDG_CONFIG_HOME/tread/config.toml.", valueName: "file"))
    var config: String?

    @OptionGroup var theming: ThemeOptions

    /// The settings of `--config FILE`, else of the user's `config.toml` if there is one.
    ///
    /// - Throws: ``CommandFailure`` naming the file and key when the file is bad.
    func load() throws -> Configuration {
        do {
            return try Configuration.load(contentsOf: config ?? Configuration.userFile(), optional: config == nil)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
    }

    /// A reader of `thread` set up as `configuration` says, with the layers in force.
    ///
    /// - Throws: ``CommandFailure`` naming the file and key of a binding that cannot be used.
    func reader(of thread: DiscussionThread, width: Int, height: Int, layers: LayerSet, configuration: Configuration, ascii: Bool) throws -> ReaderState {
        var reader = ReaderState(thread: thread, width: width, height: height, layout: TextLayout(ambiguousWidth: configuration.ambiguousWidth),
                                 layers: layers)
        reader.asciiGuides = ascii || configuration.asciiGuides
        if let order = ReplyOrder(rawValue: configuration.sort), order != .thread { reader.sort(by: order) }
        if configuration.outline { reader.perform(.toggleOutline) }
        reader.emoticonsAsEmoji = configuration.emoticonsAsEmoji
        reader.previewLines = configuration.previewLines
        reader.keymap = try keymap(configuration)
        return reader
    }

    /// The standard keys with `configuration`'s bindings over them.
    ///
    /// - Throws: ``CommandFailure`` naming the file and key of a binding that cannot be used.
    func keymap(_ configuration: Configuration) throws -> Keymap {
        do {
            return try Keymap.standard.rebinding(configuration.keys.map { ($0.command, $0.keys) })
        } catch {
            throw CommandFailure(message: "\(configuration.origins["keys"] ?? "config"): \(error)")
        }
    }

    /// The configuration in force, one line per setting with where it came from, as
    /// `--print-config` shows it; `overrides` names settings the command line gave.
    func printed(_ configuration: Configuration, keymap: Keymap, overrides: [String: String]) -> String {
        let (themeValue, themeOrigin) = theming.theme.map { ($0, "--theme") } ?? (configuration.theme ?? "default", configuration.origins["theme"])
        let values: [(String, String, String?)] = [
            ("theme", quoted(themeValue), themeOrigin),
            ("ambiguous-width", "\(configuration.ambiguousWidth.rawValue)", configuration.origins["ambiguous-width"]),
            ("ascii", overrides["ascii"].map { _ in "true" } ?? "\(configuration.asciiGuides)", overrides["ascii"] ?? configuration.origins["ascii"]),
            ("sort", quoted(configuration.sort), configuration.origins["sort"]),
            ("outline", "\(configuration.outline)", configuration.origins["outline"]),
            ("emoticons", quoted(configuration.emoticonsAsEmoji ? "emoji" : "text"), configuration.origins["emoticons"]),
            ("preview-lines", "\(configuration.previewLines ?? 0)", configuration.origins["preview-lines"]),
            ("osc52", overrides["osc52"].map { _ in "true" } ?? "\(configuration.allowsClipboard)", overrides["osc52"] ?? configuration.origins["osc52"]),
        ]
        var lines = values.map { line($0.0 + " = " + $0.1, from: $0.2) }
        lines += ["", "[keys]"]
        let rebound = Set(configuration.keys.map(\.command))
        for command in Command.allCases {
            let keys = keymap.bindings.filter { $0.command == command }.map { quoted(KeySequence.notation(of: $0.key)) }
            lines.append(line("\(command.rawValue) = [\(keys.joined(separator: ", "))]",
                              from: rebound.contains(command.rawValue) ? configuration.origins["keys"] : nil))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ setting: String, from origin: String?) -> String {
        setting.padding(toLength: max(setting.count, 40), withPad: " ", startingAt: 0) + "  # " + (origin ?? "default")
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
