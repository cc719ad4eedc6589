/// Xueqiu's comment HTML turned into tread's text: paragraphs, emoticon codes, links kept aside.
///
/// Only the little HTML Xueqiu writes is understood (`<br/>`, `<p>`, `<a>`, emoticon `<img>`,
/// entities); any other tag is dropped and its text kept.
struct HTMLText {
    /// The text, paragraphs separated by `\n`.
    var text: String
    /// Links whose visible text is neither their URL nor a stock or mention.
    var links: [Link]

    init(html: String) {
        var converter = Converter(html: Array(html.utf8))
        converter.run()
        var text = converter.output
        while text.last == "\n" || text.last == " " { text.removeLast() }
        while text.first == "\n" { text.removeFirst() }
        self.text = text
        links = converter.links
    }

    private struct Converter {
        let html: [UInt8]
        var index = 0
        var output = ""
        var links: [Link] = []
        /// The open link's target and where its text began in `output`.
        var openLink: (url: String, start: Int)?

        init(html: [UInt8]) {
            self.html = html
        }

        mutating func run() {
            var textStart = 0
            while index < html.count {
                let byte = html[index]
                guard byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") else {
                    index += 1
                    continue
                }
                output += String(decoding: html[textStart..<index], as: UTF8.self)
                if byte == UInt8(ascii: "<") { tag() } else { entity() }
                textStart = index
            }
            output += String(decoding: html[textStart...], as: UTF8.self)
        }

        private mutating func tag() {
            // A tag holds no '<', so the search stops at the next one and stays linear overall.
            guard let close = html[(index + 1)...].firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "<") }),
                  html[close] == UInt8(ascii: ">")
            else {
                // A lone '<' is text.
                output += "<"
                index += 1
                return
            }
            let inside = String(decoding: html[(index + 1)..<close], as: UTF8.self)
            index = close + 1
            let lowered = inside.lowercased()
            let isClosing = lowered.hasPrefix("/")
            let name = String((isClosing ? lowered.dropFirst() : lowered[...]).prefix { $0.isLetter || $0.isNumber })
            switch (name, isClosing) {
            case ("br", _), ("p", true), ("div", true): output += "\n"
            case ("img", false): output += Self.attribute("alt", in: inside) ?? Self.attribute("title", in: inside) ?? ""
            case ("a", false): openLink = (Self.attribute("href", in: inside) ?? "", output.utf8.count)
            case ("a", true): finishLink()
            default: break
            }
        }

        private mutating func finishLink() {
            guard let open = openLink else { return }
            openLink = nil
            let shown = String(decoding: output.utf8.dropFirst(open.start), as: UTF8.self)
            let isMarkup = shown.hasPrefix("@") || (shown.hasPrefix("$") && shown.hasSuffix("$")) || shown.hasPrefix("#")
            if !shown.isEmpty, !open.url.isEmpty, shown != open.url, !isMarkup {
                links.append(Link(text: shown, url: Self.absolute(open.url)))
            }
        }

        private mutating func entity() {
            guard let semicolon = html[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                output += "&"
                index += 1
                return
            }
            let name = String(decoding: html[(index + 1)..<semicolon], as: UTF8.self)
            if let decoded = Self.decode(entity: name) {
                output += decoded
                index = semicolon + 1
            } else {
                output += "&"
                index += 1
            }
        }

        private static func decode(entity name: String) -> String? {
            switch name {
            case "amp": return "&"
            case "lt": return "<"
            case "gt": return ">"
            case "quot": return "\""
            case "apos": return "'"
            case "nbsp": return " "
            default: break
            }
            let number: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                number = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                number = UInt32(name.dropFirst())
            } else {
                number = nil
            }
            return number.map { String(Character(Unicode.Scalar($0) ?? "\u{FFFD}")) }
        }

        /// The value of `name="…"` (or single quotes) in a tag, entities decoded.
        static func attribute(_ name: String, in tag: String) -> String? {
            for quote in ["\"", "'"] {
                guard let start = tag.range(of: " \(name)=\(quote)") ?? tag.range(of: "\t\(name)=\(quote)"),
                      let end = tag[start.upperBound...].firstIndex(of: Character(quote))
                else { continue }
                return HTMLText(html: String(tag[start.upperBound..<end])).text
            }
            return nil
        }

        /// Xueqiu writes its own links without a scheme or host.
        static func absolute(_ url: String) -> String {
            if url.hasPrefix("//") { return "https:" + url }
            if url.hasPrefix("/") { return "https://xueqiu.com" + url }
            return url
        }
    }
}
