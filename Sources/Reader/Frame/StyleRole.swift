/// What a piece of the screen is, for a theme to colour; the frame never holds colours itself.
public enum StyleRole: Hashable, Sendable {
    case text
    case dim
    case author
    case originalPosterAuthor
    case time
    case likes
    case replies
    case featured
    /// Tree guides, by depth (a theme cycles its guide colours).
    case guide(depth: Int)
    case emoticon
    case mention
    case stock
    case hashtag
    case link
    case searchMatch
    case header
    case statusBar
    case prompt
    case error
    case help
}
