import CLibraryWidth

/// What the terminal is sent for a cell: the cluster itself, or a stand-in of the same width
/// where the C library, which ncurses moves its cursor by, measures the cluster differently.
///
/// ncurses counts `❤️` as one column (glibc ignores the VS16) while terminals draw two; sent
/// as is, every later cell on the row would be off by one. The stand-in keeps ncurses, the
/// terminal and the model in step; `tread render` shows the same stand-ins.
public enum TerminalGlyph {
    /// The text to send for `cell`, taking exactly `cell.width` columns by the C library's count.
    public static func text(for cell: Cell) -> String {
        guard !cell.isContinuation else { return "" }
        let scalars = cell.text.unicodeScalars
        guard scalars.contains(where: { !$0.isASCII }) else { return cell.text }
        // A cell holds one spacing character and marks: a second spacing one (the other half of
        // a flag) would be dropped by ncurses, so such clusters get a stand-in too.
        let spacing = scalars.dropFirst().contains { tread_library_wcwidth($0.value) > 0 }
        if !spacing, libraryWidth(of: cell.text) == cell.width { return cell.text }
        if let first = scalars.first {
            let firstWidth = Int(tread_library_wcwidth(first.value))
            if firstWidth >= 1, firstWidth <= cell.width {
                return String(first) + String(repeating: " ", count: cell.width - firstWidth)
            }
        }
        return "\u{FFFD}" + String(repeating: " ", count: max(0, cell.width - 1))
    }

    /// The C library's columns for `text`, -1 when it has an unprintable character.
    public static func libraryWidth(of text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            let width = Int(tread_library_wcwidth(scalar.value))
            guard width >= 0 else { return -1 }
            total += width
        }
        return total
    }

    /// Sets the locale from the environment, or C.UTF-8 when that is not UTF-8, so the C library
    /// measures text as a terminal does; returns false when no UTF-8 locale is to be had.
    public static func useUTF8Locale() -> Bool {
        tread_library_use_utf8_locale() != 0
    }
}

extension Frame {
    /// The rows as the terminal shows them: stand-ins in place of clusters the C library
    /// measures differently, trailing blanks trimmed.
    public var terminalLines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += TerminalGlyph.text(for: self[row, column]) }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
