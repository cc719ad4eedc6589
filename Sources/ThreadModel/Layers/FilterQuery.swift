/// The filter query language, one for the reader's `f` prompt and `--filter` on the command line.
///
/// Words and "quoted phrases" must all appear (folded, as layers match); `layer:NAME`,
/// `author:NAME`, `likes>=N`, `replies>=N`, `is:op` and `is:featured` test the rest of a reply;
/// `-term` excludes; `OR` between groups of terms gives either.
///
/// ```swift
/// let query = try FilterQuery.parse(#"layer:算力 "国产卡" -is:op OR likes>=50"#, layers: .standard)
/// ```
public struct FilterQuery: Sendable, Equatable {
    /// One test of a reply.
    public enum Test: Sendable, Equatable {
        /// The text holds these words (folded).
        case text(String)
        /// The reply is in the layer with this index.
        case layer(Int)
        /// The author's name holds this (folded).
        case author(String)
        /// At least this many likes.
        case likes(atLeast: Int)
        /// At least this many replies (declared, else loaded).
        case replies(atLeast: Int)
        /// By the original poster.
        case originalPoster
        /// Featured.
        case featured
        /// Marked by the reader.
        case marked
    }

    /// A test, or its opposite.
    public struct Term: Sendable, Equatable {
        /// The test.
        public var test: Test
        /// Whether the reply must fail it.
        public var isExcluded: Bool
    }

    /// Groups joined by OR; the terms of a group all hold.
    public let groups: [[Term]]

    /// Whether the answer depends on which replies are marked.
    public var usesMarks: Bool {
        groups.contains { $0.contains { $0.test == .marked } }
    }

    /// Reads `text`; layer names are looked up in `layers`.
    ///
    /// - Throws: ``QueryError`` at the column of the first thing that cannot be read.
    public static func parse(_ text: String, layers: LayerSet) throws -> FilterQuery {
        var groups: [[Term]] = [[]]
        var lastColumn = 1
        for token in try QueryToken.split(text) {
            lastColumn = token.column
            if token.text == "OR", !token.isQuoted {
                guard !(groups.last?.isEmpty ?? true) else { throw QueryError(column: token.column, problem: "OR needs a term before it") }
                groups.append([])
                continue
            }
            groups[groups.count - 1].append(try term(token, layers: layers))
        }
        guard groups.count == 1 || !(groups.last?.isEmpty ?? true) else {
            throw QueryError(column: lastColumn, problem: "OR needs a term after it")
        }
        return FilterQuery(groups: groups.filter { !$0.isEmpty })
    }

    private static func term(_ token: QueryToken, layers: LayerSet) throws -> Term {
        var text = Substring(token.text)
        var excluded = false
        if !token.isQuoted, text.count > 1, text.first == "-" {
            excluded = true
            text = text.dropFirst()
        }
        guard !token.isQuoted else { return Term(test: .text(String(text)), isExcluded: excluded) }
        let column = token.column + (excluded ? 1 : 0)
        return Term(test: try test(String(text), column: column, layers: layers), isExcluded: excluded)
    }

    private static func test(_ text: String, column: Int, layers: LayerSet) throws -> Test {
        if let name = text.dropPrefix("layer:") {
            guard let layer = layers.layer(named: name) else {
                throw QueryError(column: column + 6, problem: "no layer named '\(name)'; tread layers lists them")
            }
            return .layer(layer)
        }
        if let name = text.dropPrefix("author:") {
            guard !name.isEmpty else { throw QueryError(column: column + 7, problem: "author: needs a name") }
            return .author(name)
        }
        if let kind = text.dropPrefix("is:") {
            switch kind {
            case "op": return .originalPoster
            case "featured": return .featured
            case "marked": return .marked
            default: throw QueryError(column: column + 3, problem: "is: takes op, featured or marked, not '\(kind)'")
            }
        }
        for (prefix, make) in [("likes>=", Test.likes), ("replies>=", Test.replies)] as [(String, (Int) -> Test)] {
            guard let number = text.dropPrefix(prefix) else { continue }
            guard let value = Int(number), value >= 0 else {
                throw QueryError(column: column + prefix.count, problem: "\(prefix) needs a whole number, not '\(number)'")
            }
            return make(value)
        }
        return .text(text)
    }
}

extension String {
    /// The rest of the string after `prefix`, or nil when it does not start with it.
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
