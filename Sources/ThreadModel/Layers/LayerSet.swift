/// The layers in force, and where they came from.
///
/// The built-in set covers the layers the AI discussions argue about; a user's file replaces it,
/// or extends it when it says `extends = "default"` (a layer of the same name then replaces the
/// built-in one, others are added).
public struct LayerSet: Sendable {
    /// The layers, in the order their digits and tags are shown.
    public let layers: [Layer]
    /// Where each layer was defined: a file path, or `default`.
    public let sources: [String]
    /// A matcher for every layer's keywords, each keyword in its layer's group; built once.
    public let matcher: KeywordMatcher

    /// A set of `layers`, all defined in `source`.
    public init(layers: [Layer], source: String) {
        self.init(layers: layers, sources: Array(repeating: source, count: layers.count))
    }

    private init(layers: [Layer], sources: [String]) {
        self.layers = layers
        self.sources = sources
        matcher = KeywordMatcher(
            keywords: layers.enumerated().flatMap { index, layer in layer.keywords.map { ($0, index) } },
            // A file's patterns are checked as it is read; one made in code that does not compile is left out.
            patterns: layers.enumerated().flatMap { index, layer in layer.patterns.compactMap { try? KeywordPattern($0, group: index) } }
        )
    }

    /// The built-in layers, read once.
    public static let standard: LayerSet =
        // The built-in text is part of tread and tested; failing to read it is a bug.
        (try? parse(DefaultLayers.toml, source: "default").set) ?? LayerSet(layers: [], source: "default")

    /// The layer toggled by `key`, if any.
    public func layer(forKey key: Character) -> Int? {
        layers.firstIndex { $0.key == key }
    }

    /// The layer called `name` (its name or short name, folded), if any.
    public func layer(named name: String) -> Int? {
        let wanted = TextFolding.folded(name)
        return layers.firstIndex { TextFolding.folded($0.name) == wanted || $0.shortName.map(TextFolding.folded) == wanted }
    }

    /// This set with `other`'s layers over it: same names replaced, others added.
    func extended(by other: LayerSet) -> LayerSet {
        var layers = self.layers
        var sources = self.sources
        for (layer, source) in zip(other.layers, other.sources) {
            if let index = layers.firstIndex(where: { $0.name == layer.name }) {
                layers[index] = layer
                sources[index] = source
            } else {
                layers.append(layer)
                sources.append(source)
            }
        }
        return LayerSet(layers: layers, sources: sources)
    }
}
