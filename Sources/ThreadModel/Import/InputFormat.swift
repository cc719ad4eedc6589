/// The thread formats tread reads.
public enum InputFormat: String, CaseIterable, Sendable {
    /// A Xueqiu web page saved as text.
    case xueqiuPage = "xueqiu-page"
    /// Xueqiu API JSON: a comments response, or a post from `statuses/show.json`.
    case xueqiuJSON = "xueqiu-json"
    /// tread's own `tread-thread/1` JSON.
    case tread

    /// The format `text` is in, judged from its content, or nil when it is in no known shape.
    ///
    /// JSON is told apart by its markers (`"format": "tread-thread/…"`, Xueqiu's `comments`,
    /// `screen_name`); page text by its counts line or its section headings.
    public static func detect(in text: String) -> InputFormat? {
        let start = text.utf8.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        guard let first = start.first else { return nil }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            let head = Substring(text.utf8.prefix(8192))
            if head.contains("\"tread-thread/") || head.contains("\"format\"") { return .tread }
            if text.contains("\"comments\"") || text.contains("\"screen_name\"") || text.contains("\"retweet_count\"") {
                return .xueqiuJSON
            }
            return nil
        }
        return XueqiuPageImporter.looksLikePage(text) ? .xueqiuPage : nil
    }
}
