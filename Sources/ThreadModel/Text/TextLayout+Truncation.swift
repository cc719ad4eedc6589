extension TextLayout {
    /// Shortens one line of `text` to at most `width` columns, ending it with `ellipsis` when cut.
    ///
    /// Cuts between clusters, so a wide character is never split; the result
    /// may be a column short of `width` when a wide character did not fit.
    public func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        return withUTF8(of: text) { bytes in
            let fitsWhole = prefixEnd(of: bytes, fittingIn: width)
            if fitsWhole.isWhole { return text }
            let ellipsisWidth = self.width(of: ellipsis)
            guard ellipsisWidth <= width else {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<fitsWhole.end]), as: UTF8.self)
            }
            let cut = prefixEnd(of: bytes, fittingIn: width - ellipsisWidth).end
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self) + ellipsis
        }
    }

    /// Extends one line of `text` with spaces to exactly `width` columns; longer text is left as it is.
    public func pad(_ text: String, toWidth width: Int) -> String {
        let shortfall = width - self.width(of: text)
        return shortfall > 0 ? text + String(repeating: " ", count: shortfall) : text
    }

    /// Truncates or pads one line of `text` to exactly `width` columns.
    public func fit(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        pad(truncate(text, toWidth: width, ellipsis: ellipsis), toWidth: width)
    }

    /// The end of the longest prefix of whole clusters within `width` columns.
    private func prefixEnd(of bytes: UnsafeBufferPointer<UInt8>, fittingIn width: Int) -> (end: Int, isWhole: Bool) {
        var scanner = ClusterScanner(bytes: bytes, ambiguousWidth: ambiguousWidth)
        var used = 0
        var end = 0
        while let cluster = scanner.next() {
            used += cluster.width
            if used > width { return (end, false) }
            end = cluster.end
        }
        return (end, true)
    }
}
