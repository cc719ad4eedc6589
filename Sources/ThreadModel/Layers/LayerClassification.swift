/// Which layers each reply of a thread belongs to: found once, at load, with one pass over each
/// reply's text that folds it and runs the keyword automaton for all layers together.
public struct LayerClassification: Sendable {
    /// The layers classified by.
    public let layers: LayerSet
    /// For each reply, its layers as a bit set (bit i: layer i).
    public let masks: [UInt64]

    /// Classifies every reply of `thread`.
    ///
    /// - Complexity: O(n) in the thread's text.
    public init(thread: DiscussionThread, layers: LayerSet) {
        self.layers = layers
        let matcher = layers.matcher
        var scratch: [UInt8] = []
        masks = thread.replies.map { matcher.groups(in: $0.text, scratch: &scratch) }
    }

    /// The indices of the layers reply `reply` belongs to, in order.
    public func layers(of reply: Int) -> [Int] {
        layers.layers.indices.filter { masks[reply] & (1 << UInt64($0)) != 0 }
    }

    /// How many replies belong to layer `layer`.
    public func count(of layer: Int) -> Int {
        masks.reduce(0) { $0 + ($1 & (1 << UInt64(layer)) != 0 ? 1 : 0) }
    }
}
