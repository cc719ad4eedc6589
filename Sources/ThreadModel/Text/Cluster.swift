/// One extended grapheme cluster of a UTF-8 text, as layout sees it.
struct Cluster: Equatable {
    /// Byte offset of the cluster's first byte.
    var start: Int
    /// Byte offset just past the cluster.
    var end: Int
    /// Columns the cluster takes on a terminal.
    var width: Int
    /// The line-break class of the cluster as a whole (UAX #14 LB9, LB10).
    var lineBreakClass: LineBreakClass
    /// True when the cluster ends with U+200D, after which no line may break (LB8a).
    var endsWithJoiner: Bool
}
