import Foundation

/// A regular expression standing for words a keyword list cannot spell out (`H\d{2,3}`),
/// matched against folded text with case ignored.
public struct KeywordPattern: @unchecked Sendable {
    // NSRegularExpression is immutable once made and safe to share between threads.
    private let expression: NSRegularExpression
    /// The pattern as written.
    public let text: String
    /// The group it belongs to, like a keyword's.
    public let group: Int

    /// The pattern `text` in `group`.
    ///
    /// - Throws: ``PatternError`` when `text` is not a valid expression, or matches empty text
    ///   (which would put every reply in the group).
    public init(_ text: String, group: Int) throws {
        do {
            expression = try NSRegularExpression(pattern: text, options: [.caseInsensitive])
        } catch {
            throw PatternError(pattern: text, problem: "not a valid regular expression")
        }
        guard expression.firstMatch(in: "", range: NSRange(location: 0, length: 0)) == nil else {
            throw PatternError(pattern: text, problem: "matches empty text")
        }
        self.text = text
        self.group = group
    }

    /// Whether folded `text` holds a match.
    func isFound(in text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The UTF-8 ranges of folded `text` that match.
    func utf8Ranges(in text: String) -> [Range<Int>] {
        expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range, in: text).map { range in
                text.utf8.distance(from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: range.upperBound)
            }
        }
    }
}

/// Why a layer pattern was refused.
public struct PatternError: Error, Sendable {
    /// The pattern as written.
    public let pattern: String
    /// What is wrong with it.
    public let problem: String
}
