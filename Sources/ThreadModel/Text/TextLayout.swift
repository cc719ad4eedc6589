/// Lays out text for a terminal: display width, wrapping, truncation and padding.
///
/// Every measure is in terminal columns, cluster by cluster: a Chinese
/// character or an emoji takes two, a combining mark none.
///
/// ```swift
/// let layout = TextLayout()
/// layout.width(of: "雪球 AI")             // 7
/// layout.wrap("算力、算法和数据", toWidth: 8)  // ["算力、算", "法和数据"]
/// ```
///
/// Text is expected to be sanitised (``TextSanitizer``) first: control
/// characters measure zero columns here because they are never shown raw.
public struct TextLayout: Sendable, Equatable {
    /// Columns of East Asian ambiguous characters.
    public var ambiguousWidth: AmbiguousWidth

    /// A layout with the given treatment of ambiguous-width characters.
    public init(ambiguousWidth: AmbiguousWidth = .narrow) {
        self.ambiguousWidth = ambiguousWidth
    }

    /// The number of terminal columns `text` takes on one line.
    ///
    /// - Complexity: O(n) in the UTF-8 length, with no allocation for native strings.
    public func width(of text: String) -> Int {
        withUTF8(of: text) { width(ofUTF8: $0) }
    }

    /// The number of terminal columns the UTF-8 `bytes` take; invalid bytes count as U+FFFD.
    public func width(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var scanner = ClusterScanner(bytes: bytes, ambiguousWidth: ambiguousWidth)
        var total = 0
        while let cluster = scanner.next() {
            total &+= cluster.width
        }
        return total
    }

    /// Calls `body` with the UTF-8 bytes of `text`, copying only a bridged string.
    func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }
}
