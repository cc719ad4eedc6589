import Foundation
import Testing
@testable import ThreadModel

/// tread's TOML parser against Python's tomllib, which passes the toml-test suite: the same
/// documents must be accepted, with the same values, and the same refused.
@Suite("TOML conformance with Python's tomllib")
struct TOMLConformanceTests {
    /// Documents covering each rule of TOML 1.0, valid and not.
    static let documents: [String] = [
        // Keys
        "a = 1", "a-b_C9 = 1", "\"a b\" = 1", "'a\"b' = 1", "\"\" = 1", "a.b.c = 1", "a . b = 1\na.c = 2",
        "\"a.b\" = 1\na.b = 2", "1234 = 1", "a = 1\na = 2", "a.b = 1\na = 2", "a = 1\na.b = 2", "= 1", "a = ",
        "a", "a b = 1", "a.= 1", ".a = 1", "a..b = 1", "\"\"\"a\"\"\" = 1", "'''a''' = 1", "ü = 1", "a = 1 b = 2",
        "a = 1 # comment", "# only a comment", "a = 1\r\nb = 2\r\n", "a = 1\rb = 2", "a = 1\n\n\n", "  \t a = 1",
        "a = 1 # \u{7}", "# \u{7F}", "a = 1\u{0}",
        // Strings
        #"a = "tab\there""#, #"a = "\b\t\n\f\r\"\\""#, #"a = "\u00e9\U0001F600""#, #"a = "\uD800""#, #"a = "\U00110000""#,
        #"a = "\u12""#, #"a = "\x41""#, #"a = "\e""#, #"a = "\ ""#, "a = \"unclosed", "a = \"line\nbreak\"",
        "a = \"\u{1}\"", "a = \"\t\"", "a = 'C:\\path'", "a = 'it''s'", "a = '\u{8}'",
        "a = \"\"\"\nfirst\nsecond\"\"\"", "a = \"\"\"x \\\n   y\"\"\"", "a = \"\"\"x \\  \n\n  y\"\"\"", "a = \"\"\"x \\  z\"\"\"",
        "a = \"\"\"\"\"\"\"", "a = \"\"\"\"\"\"\"\"", "a = \"\"\"\"\"\"\"\"\"", "a = \"\"\"a\"b\"\"c\"\"\"", "a = \"\"\"\u{1}\"\"\"",
        "a = '''\nraw \\n'''", "a = ''''''''", "a = '''a''''", "a = '''''''''", "a = '''\r\nx\r\n'''", "a = \"\"\"\\\"\"\"\"",
        "a = \"\"\"unclosed", "a = '''x\u{7F}'''", "a = \"\"\"\\\r\n x\"\"\"",
        // Integers
        "a = +99", "a = -17", "a = 0", "a = +0", "a = -0", "a = 1_000", "a = 1__000", "a = _1", "a = 1_", "a = 012",
        "a = 0xDEAD_beef", "a = 0o755", "a = 0b1101", "a = 0x", "a = +0x1", "a = 0X1", "a = 0b2", "a = 0o8",
        "a = 9223372036854775807", "a = 9223372036854775808", "a = -9223372036854775808", "a = -9223372036854775809",
        "a = 0x7FFFFFFFFFFFFFFF", "a = 0x8000000000000000",
        // Floats
        "a = 3.1415", "a = -0.01", "a = 5e+22", "a = 1e06", "a = -2E-2", "a = 6.626e-34", "a = 224_617.445_991",
        "a = 1.", "a = .7", "a = 7.e1", "a = 3.e+20", "a = 1e", "a = 1e_1", "a = 1_.5", "a = 1._5", "a = inf",
        "a = +inf", "a = -inf", "a = nan", "a = +nan", "a = -nan", "a = infinity", "a = Inf", "a = 1e400",
        "a = -0.0", "a = 0.1", "a = 00.1", "a = 1.5e", "a = 1.2.3",
        // Booleans
        "a = true", "a = false", "a = True", "a = tru", "a = truee", "a = true1",
        // Dates and times
        "a = 1979-05-27T07:32:00Z", "a = 1979-05-27T00:32:00-07:00", "a = 1979-05-27T00:32:00.999999+07:00",
        "a = 1979-05-27 07:32:00Z", "a = 1979-05-27t07:32:00z", "a = 1979-05-27T07:32:00", "a = 1979-05-27",
        "a = 07:32:00", "a = 00:32:00.999999999", "a = 1979-05-27T07:32", "a = 07:32", "a = 1979-05-27T25:00:00",
        "a = 1979-02-29", "a = 2000-02-29", "a = 1900-02-29", "a = 1979-04-31", "a = 1979-13-01", "a = 0000-01-01",
        "a = 1979-05-27T07:32:60", "a = 1979-05-27T07:32:00+24:00", "a = 1979-05-27T07:32:00+07", "a = 1979-5-27",
        "a = 1979-05-27 ", "a = 1979-05-27 x", "a = [1979-05-27 , 1979-05-27 07:32:00]", "a = 07:32:00.",
        // Arrays
        "a = []", "a = [1, 2, 3]", "a = [1, 'a', 2.5, [true], {x = 1}]", "a = [\n1,\n2, # two\n]", "a = [1,,2]",
        "a = [,]", "a = [1 2]", "a = [1", "a = [[1], [2, [3]]]", "a = [ # c\n]", "a = [1,]", "a = [\n# c\n1 # d\n, 2]",
        // Inline tables
        "a = {}", "a = {x = 1, y.z = 2}", "a = { x = 1 , }", "a = {x = 1\n}", "a = {x = 1, x = 2}",
        "a = {x.y = 1, x.z = 2}", "a = {x = {y = 1}, x.z = 2}", "a = {x = 1, x.y = 2}", "a = {x.y = 1, x = 2}",
        "a = {x = [1], x.y = 2}", "a = {x = 1}\na.y = 2", "a = {x = 1}\n[a]", "a = {x = 1}\n[a.b]", "a = { , }",
        "a = {x = 1 y = 2}", "a = {", "a = {\"k\" = {'l' = []}}",
        // Tables
        "[a]\nx = 1\n[b]\ny = 2", "[a]\n[a]", "[a.b]\n[a]", "[a]\n[a.b]", "[a]\nb.c = 1\n[a.b]", "[a]\nb.c = 1\n[a.b.d]",
        "[a.b.c]\n[a]\nb.x = 1", "[a.b]\n[a]\nb.x = 1", "a.b = 1\n[a]", "a.b = 1\n[a.c]", "[ a . b ]", "[a]]", "[a",
        "[]", "[a] x = 1", "[a] # c", "[\"a.b\"]\n[a.b]", "a = 1\n[a]", "[a]\nb = 1\n[a.b]", "[a.b]\nc = 1\n[a]\nb.d = 2",
        "[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true",
        "[fruit]\napple.color = \"red\"\n[fruit.apple]", "[fruit]\napple.taste.sweet = true\n[fruit.apple.taste]",
        // Arrays of tables
        "[[a]]\nx = 1\n[[a]]\nx = 2", "[[a]]\n[a]", "[a]\n[[a]]", "a = []\n[[a]]", "a = [{}]\n[[a]]", "[[a]]\n[[a.b]]\n[[a]]",
        "[[a]]\n[a.b]\nx = 1\n[[a]]\n[a.b]\nx = 2", "[[a]]\nb.c = 1\n[a.b]", "[[a.b]]\n[a]\nb.x = 1", "[[a]]\n[[a.b]]\nc = 1",
        "[[ a ]]", "[ [a]]", "[[a] ]", "[[a]", "[[]]", "[[a]]\na.b = 1\n[[a]]\na.b = 2", "[a]\nx = [1]\n[a.x]",
        "[[fruits]]\nname = \"apple\"\n[fruits.physical]\ncolor = \"red\"\n[[fruits.varieties]]\nname = \"red delicious\"\n[[fruits]]\nname = \"banana\"",
    ]

    /// The documents that read differently, and how many both read without error.
    private static func compare(_ documents: [String]) throws -> (differences: [String], accepted: Int) {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("tread-toml-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: input) }
        try JSONSerialization.data(withJSONObject: documents).write(to: input)
        let output = try ExternalTool.python("toml_reference.py", [input.path])
        let references = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any])
        var differences: [String] = []
        var accepted = 0
        for (document, reference) in zip(documents, references) {
            let ours: Any
            do {
                ours = tagged(.table(try TOMLParser.table(parsing: document)))
            } catch {
                ours = ["error": error.description]
            }
            if !same(ours, reference) { differences.append("\(document.debugDescription): tread \(ours), tomllib \(reference)") }
            if (ours as? [String: Any])?["error"] as? String == nil { accepted += 1 }
        }
        return (differences, accepted)
    }

    /// A value in the form the Python script prints.
    private static func tagged(_ value: TOMLValue) -> Any {
        switch value {
        case .string(let text): ["type": "string", "value": text]
        case .integer(let number): ["type": "integer", "value": String(number)]
        case .float(let number): ["type": "float", "value": String(number)]
        case .boolean(let flag): ["type": "bool", "value": String(flag)]
        case .dateTime(let text): ["type": dateTimeKind(text), "value": text]
        case .array(let elements): elements.map(tagged)
        case .table(let table): Dictionary(uniqueKeysWithValues: table.keys.map { ($0, tagged(table[$0] ?? .array([]))) })
        }
    }

    private static func dateTimeKind(_ text: String) -> String {
        guard text.dropFirst(4).first == "-" else { return "time-local" }
        guard text.count > 10 else { return "date-local" }
        return text.dropFirst(11).contains { "Zz+-".contains($0) } ? "datetime" : "datetime-local"
    }

    /// Equal trees, with errors equal whatever they say, floats equal by value (NaN to NaN)
    /// and dates by kind, since tomllib gives them back in its own form.
    private static func same(_ ours: Any, _ reference: Any) -> Bool {
        switch (ours, reference) {
        case let (left as [Any], right as [Any]):
            return left.count == right.count && zip(left, right).allSatisfy { same($0, $1) }
        case let (left as [String: Any], right as [String: Any]):
            if left["error"] is String || right["error"] is String { return left["error"] is String && right["error"] is String }
            if let type = left["type"] as? String, left.count == 2, let value = left["value"] as? String {
                guard type == right["type"] as? String, let other = right["value"] as? String else { return false }
                if type == "float" {
                    guard let mine = Double(value), let theirs = Double(other) else { return false }
                    return mine == theirs || (mine.isNaN && theirs.isNaN)
                }
                return type.hasPrefix("date") || type.hasPrefix("time") || value == other
            }
            return Set(left.keys) == Set(right.keys) && left.allSatisfy { key, value in right[key].map { same(value, $0) } ?? false }
        default:
            return false
        }
    }

    /// Pieces of TOML syntax that mutations insert, so that most mutants stay near valid.
    private static let pieces = [
        "[", "]", "[[", "]]", "{", "}", "=", ".", ",", "\"", "'", "\"\"\"", "'''", "#", "\n", " ", "\t", "\\", "\\u", "0",
        "1", "_", "e", "+", "-", ":", "T", "Z", "a", "é", "\r", "\u{1}", "inf", "true", "1979-05-27", "07:32:00", "x = ",
    ]

    /// `count` documents made by editing the seeds at random, the same on every run.
    static func mutants(of seeds: [String], count: Int) -> [String] {
        var random = SeededRandom(seed: 2026)
        return (0..<count).map { _ in
            var scalars = Array(random.pick(seeds).unicodeScalars)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0...scalars.count, using: &random)
                let removed = random.chance(0.5) ? min(Int.random(in: 1...4, using: &random), scalars.count - at) : 0
                let inserted = random.chance(0.7) ? Array(random.pick(pieces).unicodeScalars) : []
                scalars.replaceSubrange(at..<at + removed, with: inserted)
            }
            return String(String.UnicodeScalarView(scalars))
        }
    }

    static let seeds = [
        "title = \"t\" # c\n[owner]\nname = 'Tom'\ndob = 1979-05-27T07:32:00-08:00\n[db]\nports = [ 8000, 8001 ]\n"
            + "temp = { cpu = 79.5, case = 72.0 }\nenabled = true\n[servers.alpha]\nip = \"10.0.0.1\"\n[[products]]\n"
            + "name = \"Hammer\"\nsku = 738_594_937\n[[products]]\ncolor = 0xff\nnote = \"\"\"\nmany \\\n  lines\"\"\"\n",
        "a.b.c = 1\na.d = [1.5e3, -inf, nan]\n\"quoted key\".x = '''raw\n'''\n[e]\nf = 07:32:00\ng = 1979-05-27\n",
    ]

    @Test("4000 random edits of TOML documents read as tomllib reads them")
    func mutantsReadAlike() throws {
        let themes = ExternalTool.testsFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")
        let themeTexts = try ["default", "xueqiu"].map { try String(contentsOf: themes.appendingPathComponent("\($0).toml"), encoding: .utf8) }
        let documents = Self.mutants(of: Self.seeds + themeTexts, count: 4000)
        let (differences, accepted) = try Self.compare(documents)
        #expect(differences.isEmpty, "\(differences.count) differ:\n\(differences.prefix(20).joined(separator: "\n"))")
        // Both kinds must be common for the comparison to mean anything.
        #expect((500...3500).contains(accepted), "\(accepted) of 4000 read without error")
    }

    @Test("each rule of TOML 1.0 reads as tomllib reads it")
    func rules() throws {
        let (differences, accepted) = try Self.compare(Self.documents)
        #expect(accepted > 80)
        #expect(differences.isEmpty, "\(differences.count) differ:\n\(differences.joined(separator: "\n"))")
    }
}
