/// A grapheme cluster with the columns it takes, as a screen cell holds it.
public struct DisplayCluster: Hashable, Sendable {
    /// The cluster's text.
    public var text: String
    /// Columns it takes: 0 (a lone mark or control), 1 or 2.
    public var width: Int
}

extension TextLayout {
    /// The grapheme clusters of `text` with their widths, in order; the widths sum to `width(of:)`.
    ///
    /// - Complexity: O(n).
    public func clusters(of text: String) -> [DisplayCluster] {
        withUTF8(of: text) { bytes in
            var scanner = ClusterScanner(bytes: bytes, ambiguousWidth: ambiguousWidth)
            var clusters: [DisplayCluster] = []
            while let cluster = scanner.next() {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[cluster.start..<cluster.end]), as: UTF8.self)
                clusters.append(DisplayCluster(text: text, width: cluster.width))
            }
            return clusters
        }
    }
}
