/// Choices that change how inputs become a thread.
public struct ImportOptions: Sendable {
    /// The post author's name, for formats that do not say it (the page text).
    public var originalPoster: String?

    /// Options; `originalPoster` names the post's author when the input does not.
    public init(originalPoster: String? = nil) {
        self.originalPoster = originalPoster
    }
}
