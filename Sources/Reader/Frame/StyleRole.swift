/// What a piece of the screen is, for a theme to colour; the frame never holds colours itself.
public enum StyleRole: Hashable, Sendable {
    /// Reply and post text.
    case text
    /// Secondary text: hidden-reply counts, depth markers, separators.
    case dim
    /// A reply's author.
    case author
    /// The post's author, and `[楼主]`.
    case originalPosterAuthor
    /// A time.
    case time
    /// 👍 and the like count.
    case likes
    /// 💬 and the reply count.
    case replies
    /// The `[精]` badge.
    case featured
    /// Tree guides, by depth (a theme cycles its guide colours).
    case guide(depth: Int)
    /// A layer's tag on a reply header, by the layer's index.
    case layer(Int)
    /// A keyword of a layer in reply text, by the layer's index.
    case layerKeyword(Int)
    /// An emoticon code such as `[抱拳]`.
    case emoticon
    /// `@名字`.
    case mention
    /// `$名称(SH600000)$`.
    case stock
    /// `#话题#`.
    case hashtag
    /// A link.
    case link
    /// A marked reply's mark and author.
    case mark
    /// Text matching the current search.
    case searchMatch
    /// The header row.
    case header
    /// The status bar.
    case statusBar
    /// A prompt being typed.
    case prompt
    /// An error or warning message.
    case error
    /// The help and links overlays.
    case help
}
