/// Xueqiu's emoticon codes and the emoji that say the same, for readers who would rather see
/// 🙏 than `[抱拳]`. Codes not listed stay as they are written.
public enum Emoticons {
    /// The emoji for emoticon `code` (with its brackets), if it has one.
    public static func emoji(for code: Substring) -> String? {
        table[String(code)]
    }

    // Every emoji here is a single scalar of emoji presentation, two columns wide everywhere,
    // so swapping one in never needs a stand-in.
    private static let table: [String: String] = [
        "[抱拳]": "🙏", "[捂脸]": "🤦", "[叹气]": "😮", "[摊手]": "🤷", "[献花花]": "💐", "[献花]": "💐",
        "[大笑]": "😃", "[笑]": "😄", "[哈哈]": "😄", "[微笑]": "🙂", "[俏皮]": "😜", "[很赞]": "👍", "[赞]": "👍",
        "[不赞]": "👎", "[牛]": "🐮", "[笑哭]": "😂", "[大哭]": "😭", "[哭泣]": "😢", "[滴汗]": "😓", "[加油]": "💪",
        "[鼓掌]": "👏", "[困惑]": "😕", "[想一下]": "🤔", "[思考]": "🤔", "[生气]": "😠", "[害羞]": "😊", "[可爱]": "😋",
        "[心碎]": "💔", "[拜拜]": "👋", "[涨]": "📈", "[跌]": "📉", "[赚大了]": "🤑", "[亏大了]": "😭", "[狂笑]": "🤣",
    ]
}
