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
    public static func detect(in bytes: [UInt8]) -> InputFormat? {
        bytes.withUnsafeBufferPointer(detect(in:))
    }

    static func detect(in bytes: UnsafeBufferPointer<UInt8>) -> InputFormat? {
        // White space and a byte-order mark may come first.
        let start = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        guard let first = start.first else { return nil }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            let head = bytes.prefix(8192)
            if head.contains("\"tread-thread/".utf8) || head.contains("\"format\"".utf8) { return .tread }
            if ["\"comments\"", "\"screen_name\"", "\"retweet_count\""].contains(where: { bytes.contains($0.utf8) }) {
                return .xueqiuJSON
            }
            return nil
        }
        let head = String(decoding: bytes.prefix(64 * 1024), as: UTF8.self)
        return XueqiuPageImporter.looksLikePage(head) ? .xueqiuPage : nil
    }

    /// The format `text` is in, or nil; see ``detect(in:)-([UInt8])``.
    public static func detect(in text: String) -> InputFormat? {
        detect(in: Array(text.utf8))
    }
}
