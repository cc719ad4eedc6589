/// One layer of a discussion — hardware/compute, models, applications… — defined by the words
/// people use when they talk about it.
public struct Layer: Hashable, Sendable {
    /// The layer's name, as `layer:NAME` and the help write it.
    public var name: String
    /// A short name for reply headers, e.g. `算力`.
    public var shortName: String?
    /// The digit that toggles the layer in the reader, 1–9.
    public var key: Character?
    /// The colour role a theme gives its tags and highlights, e.g. `red`; themes fall back to
    /// a list of layer colours when unset.
    public var color: String?
    /// Words and phrases; a reply that contains any of them, once folded, belongs to the layer.
    public var keywords: [String]
    /// Regular expressions (ICU syntax, case ignored), for what words cannot say, such as
    /// `H\d{2,3}`; matched against the folded text, so written in simplified characters. Each
    /// costs a search of its own, where all keywords together cost one pass.
    public var patterns: [String]

    /// A layer; only the name and keywords are required.
    public init(name: String, shortName: String? = nil, key: Character? = nil, color: String? = nil, keywords: [String], patterns: [String] = []) {
        self.name = name
        self.shortName = shortName
        self.key = key
        self.color = color
        self.keywords = keywords
        self.patterns = patterns
    }

    /// What reply headers show: the short name, else the name.
    public var tag: String { shortName ?? name }
}
