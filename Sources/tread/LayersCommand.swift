import ArgumentParser
import Foundation
import ThreadModel

/// `tread layers`: the layers in force, and how many replies of a thread each catches.
struct LayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layers",
        abstract: "List the layers in force; given a thread, how many replies each one catches.",
        discussion: """
            Layers come from --layers FILE, else $XDG_CONFIG_HOME/tread/layers.toml, else the built-in set. \
            A file replaces the built-in layers, or adds to them when it says extends = "default".
            """
    )

    @OptionGroup var layerOptions: LayerOptions

    @OptionGroup var input: ThreadInputOptions

    func run() throws {
        let set = try layerOptions.loadLayers()
        // No file means no thread here: the listing alone, not the bundled sample.
        let classification = input.files.isEmpty ? nil : LayerClassification(thread: try input.loadThread(), layers: set)
        FileHandle.standardOutput.write(Data(listing(set, classification).utf8))
    }

    private func listing(_ set: LayerSet, _ classification: LayerClassification?) -> String {
        let layout = TextLayout()
        var rows = [["key", "name", "short", "keywords", "source"] + (classification == nil ? [] : ["replies"])]
        for (index, layer) in set.layers.enumerated() {
            var row = [layer.key.map(String.init) ?? "-", layer.name, layer.shortName ?? "-", "\(layer.keywords.count)" + (layer.patterns.isEmpty ? "" : " + \(layer.patterns.count) patterns"), set.sources[index]]
            if let classification { row.append("\(classification.count(of: index)) of \(classification.masks.count)") }
            rows.append(row)
        }
        let sanitizer = TextSanitizer(layout: layout)
        let cleaned = rows.map { $0.map { sanitizer.sanitize($0).split(separator: "\n").joined(separator: " ") } }
        let widths = cleaned[0].indices.map { column in cleaned.map { layout.width(of: $0[column]) }.max() ?? 0 }
        return cleaned.map { row in
            var line = zip(row, widths).map { layout.pad($0, toWidth: $1) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }
}
