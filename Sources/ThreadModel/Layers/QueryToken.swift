/// One word of a filter query, or a quoted phrase, with the column it starts at.
struct QueryToken: Equatable {
    var text: String
    var column: Int
    var isQuoted: Bool

    /// The tokens of `query`: runs of non-spaces, and "phrases" in straight or Chinese quotes.
    static func split(_ query: String) throws -> [QueryToken] {
        var tokens: [QueryToken] = []
        let characters = Array(query)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if let close = closingQuote(for: character) {
                guard let end = characters[(index + 1)...].firstIndex(of: close) else {
                    throw QueryError(column: index + 1, problem: "this quote is not closed")
                }
                let phrase = String(characters[(index + 1)..<end])
                guard !phrase.isEmpty else { throw QueryError(column: index + 1, problem: "an empty phrase") }
                tokens.append(QueryToken(text: phrase, column: index + 1, isQuoted: true))
                index = end + 1
            } else {
                let start = index
                while index < characters.count, !characters[index].isWhitespace { index += 1 }
                tokens.append(QueryToken(text: String(characters[start..<index]), column: start + 1, isQuoted: false))
            }
        }
        return tokens
    }

    private static func closingQuote(for character: Character) -> Character? {
        switch character {
        case "\"": "\""
        case "“": "”"
        case "「": "」"
        default: nil
        }
    }
}
