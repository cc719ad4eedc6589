import Dispatch

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
        let replies = thread.replies
        // Opening a large thread waits for this pass, so it is shared among the cores; the
        // matcher only reads, and each chunk writes its own slots.
        let chunkSize = 4_096
        let chunks = (replies.count + chunkSize - 1) / chunkSize
        masks = [UInt64](unsafeUninitializedCapacity: replies.count) { buffer, initialized in
            let slots = SendableSlots(base: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var scratch: [UInt8] = []
                for index in chunk * chunkSize..<min(replies.count, (chunk + 1) * chunkSize) {
                    slots.base?.advanced(by: index).initialize(to: matcher.groups(in: replies[index].text, scratch: &scratch))
                }
            }
            initialized = replies.count
        }
    }

    /// Slots of the masks being filled, handed to the threads that fill disjoint ranges of them.
    private struct SendableSlots: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt64>?
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
