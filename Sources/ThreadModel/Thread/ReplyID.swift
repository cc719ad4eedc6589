/// The identity of a reply within its thread, stable across re-imports of the same thread.
///
/// Formats with ids (Xueqiu JSON, `tread-thread/1`) keep theirs; the page text has none, so its
/// importer derives one from the reply's author, time and text.
public struct ReplyID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The id as written in the source or derived from content.
    public var rawValue: String

    /// Wraps an id taken from a source.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The id as written.
    public var description: String { rawValue }

    /// Orders ids by their text, for stable listings.
    public static func < (lhs: ReplyID, rhs: ReplyID) -> Bool { lhs.rawValue < rhs.rawValue }
}
