/// The way from a JSON document's top to the value being read, kept cheaply while reading.
///
/// Keys are kept as byte ranges of the input and only turned into text when an error is
/// reported, so reading a million replies costs no strings for the path.
struct JSONPath {
    private enum Component {
        case key(start: Int, end: Int)
        case index(Int)
    }

    private var components: [Component] = []

    mutating func push(keyFrom start: Int, to end: Int) {
        components.append(.key(start: start, end: end))
    }

    mutating func push(index: Int) {
        components.append(.index(index))
    }

    mutating func pop() {
        components.removeLast()
    }

    /// The path as text, e.g. `replies[3].parent`; keys are read from `bytes`.
    func text(in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var text = ""
        for component in components {
            switch component {
            case .key(let start, let end):
                if !text.isEmpty { text += "." }
                text += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
