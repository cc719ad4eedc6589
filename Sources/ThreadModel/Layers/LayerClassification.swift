/// Which layers each reply of a thread belongs to: found once, at load, with one pass of the
/// keyword automaton over each reply's folded text for all layers together.
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
        var buffer: [UInt8] = []
        masks = thread.replies.map { reply in
            buffer.removeAll(keepingCapacity: true)
            Self.appendMatchable(reply.text, to: &buffer)
            return matcher.groups(inFolded: buffer)
        }
    }

    /// The indices of the layers reply `reply` belongs to, in order.
    public func layers(of reply: Int) -> [Int] {
        layers.layers.indices.filter { masks[reply] & (1 << UInt64($0)) != 0 }
    }

    /// How many replies belong to layer `layer`.
    public func count(of layer: Int) -> Int {
        masks.reduce(0) { $0 + ($1 & (1 << UInt64(layer)) != 0 ? 1 : 0) }
    }

    /// Appends `text` folded for matching, with emoticon codes (`[抱拳]`) turned to a space:
    /// `[笑哭]` says nothing about a layer, and must not join the words on either side.
    static func appendMatchable(_ text: String, to bytes: inout [UInt8]) {
        let start = bytes.count
        TextFolding.appendFolded(text, to: &bytes)
        var read = start
        var write = start
        while read < bytes.count {
            if bytes[read] == UInt8(ascii: "["), let close = emoticonEnd(in: bytes, from: read) {
                bytes[write] = 0x20
                write += 1
                read = close + 1
                continue
            }
            bytes[write] = bytes[read]
            write += 1
            read += 1
        }
        bytes.removeLast(bytes.count - write)
    }

    /// Where an emoticon code opening at `open` closes: a `]` within 30 bytes, with no space or
    /// bracket between and not only digits (`[1]` is a footnote).
    private static func emoticonEnd(in bytes: [UInt8], from open: Int) -> Int? {
        let limit = min(bytes.count, open + 31)
        var index = open + 1
        var onlyDigits = true
        while index < limit {
            switch bytes[index] {
            case UInt8(ascii: "]"): return index > open + 1 && !onlyDigits ? index : nil
            case UInt8(ascii: "["), 0x20, 0x09, 0x0A: return nil
            case UInt8(ascii: "0")...UInt8(ascii: "9"): break
            default: onlyDigits = false
            }
            index += 1
        }
        return nil
    }
}
