import CTextKernels

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
            if head.contains("\"tread-thread/".utf8) || head.contains("\"format\"".utf8) || hasNativeFormatKey(bytes) { return .tread }
            if ["\"comments\"", "\"screen_name\"", "\"retweet_count\""].contains(where: { bytes.contains($0.utf8) }) {
                return .xueqiuJSON
            }
            return nil
        }
        let head = String(decoding: bytes.prefix(64 * 1024), as: UTF8.self)
        return XueqiuPageImporter.looksLikePage(head) ? .xueqiuPage : nil
    }

    /// Whether `bytes` hold the key `"format"` with a `tread-thread/…` value anywhere: a writer
    /// may put it after the replies, past the head read first. Inside a JSON string the quotes
    /// would be escaped, so text that quotes the key does not count.
    private static func hasNativeFormatKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let key = Array("\"format\"".utf8)
        var offset = 0
        while case let found = tread_find_bytes(base + offset, bytes.count - offset, key, key.count), found >= 0 {
            offset += found + key.count
            var rest = bytes[offset...]
            rest = rest.drop(while: isJSONSpace)
            guard rest.first == UInt8(ascii: ":") else { continue }
            // The slash may be written `\/`, as Foundation's encoder does.
            if rest.dropFirst().drop(while: isJSONSpace).starts(with: "\"tread-thread".utf8) { return true }
        }
        return false
    }

    private static func isJSONSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The format `text` is in, or nil; see ``detect(in:)-([UInt8])``.
    public static func detect(in text: String) -> InputFormat? {
        detect(in: Array(text.utf8))
    }
}
