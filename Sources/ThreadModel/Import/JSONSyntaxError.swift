/// A place in a JSON document where it is not what a reader expected.
struct JSONSyntaxError: Error {
    /// The byte offset of the problem.
    var offset: Int
    /// Where in the document's structure, e.g. `replies[3].parent`; empty at the top.
    var path: String
    /// What was expected there, e.g. `a string or null`.
    var expected: String
}
