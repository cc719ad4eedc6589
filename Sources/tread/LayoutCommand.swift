import ArgumentParser
import ThreadModel

/// `tread layout`: wraps or measures any text the way tread lays out replies.
struct LayoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layout",
        abstract: "Wrap or measure text the way tread lays it out (a CJK-aware fold).",
        discussion: """
            Text is sanitised first: control characters show as pictures, \
            bidirectional overrides are dropped, tabs expand to 8 columns. \
            Lines break by Chinese rules: between ideographs, never before \
            closing punctuation, never after an opening bracket, never inside a word.
            """
    )

    @Option(name: .long, help: "Wrap to this many columns (at least 2).")
    var width: Int = 80

    @Flag(name: .long, help: "Print the display width of each input line instead of wrapping.")
    var measure = false

    @Option(name: .long, help: "Columns for East Asian ambiguous characters: 1 or 2.")
    var ambiguous: Int = 1

    @Argument(help: "The text file to read; standard input when omitted or '-'.")
    var file: String?

    func validate() throws {
        guard width >= 2 else {
            throw ValidationError("--width must be at least 2, the width of one Chinese character")
        }
        guard AmbiguousWidth(rawValue: ambiguous) != nil else {
            throw ValidationError("--ambiguous takes 1 or 2")
        }
    }

    func run() throws {
        let input = try InputText.read(file)
        input.noteRepairs()
        let layout = TextLayout(ambiguousWidth: AmbiguousWidth(rawValue: ambiguous) ?? .narrow)
        let sanitizer = TextSanitizer(layout: layout)
        // Split by bytes: "\r\n" is one Character, so a Character split would miss it.
        var lines = input.input.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var output = ""
        for line in lines {
            let shown = sanitizer.sanitize(String(Substring(line.last == 0x0D ? line.dropLast() : line)))
            if measure {
                let widest = shown.split(separator: "\n").map { layout.width(of: String($0)) }.max() ?? 0
                output += "\(widest)\n"
            } else {
                for wrapped in layout.wrap(shown, toWidth: width) {
                    output += wrapped
                    output += "\n"
                }
            }
        }
        print(output, terminator: "")
    }
}
