import Testing
@testable import ThreadModel

@Suite("The pull JSON reader")
struct JSONReaderTests {
    private func read<T>(_ json: String, _ body: (inout JSONReader) throws(JSONSyntaxError) -> T) -> Result<T, JSONSyntaxError> {
        var text = json
        return text.withUTF8 { bytes in
            var reader = JSONReader(bytes: bytes)
            return Result { () throws(JSONSyntaxError) in
                let value = try body(&reader)
                try reader.readEnd()
                return value
            }
        }
    }

    @Test("escapes, surrogate pairs and lone surrogates decode")
    func escapes() throws {
        let text = try read(#""a\"b\\c\/d\n\t\u4e2d\ud83d\ude00\ud800x""#) { (reader) throws(JSONSyntaxError) in try reader.readString() }.get()
        #expect(text == "a\"b\\c/d\n\t中😀\u{FFFD}x")
    }

    @Test("whole numbers in range read; fractions and overflow are errors")
    func integers() throws {
        #expect(try read("-9223372036854775808") { (reader) throws(JSONSyntaxError) in try reader.readInteger() }.get() == Int.min)
        for bad in ["9223372036854775808", "1.5", "1e3", "-", "01x"] {
            #expect(throws: JSONSyntaxError.self) { try read(bad) { (reader) throws(JSONSyntaxError) in try reader.readInteger() }.get() }
        }
    }

    @Test("errors name the path of keys and indices")
    func errorPath() {
        let result = read(#"{"a": [1, {"b": tru}]}"#) { (reader) throws(JSONSyntaxError) in
            try reader.readObject { (reader, _) throws(JSONSyntaxError) in
                try reader.readArray { (reader, index) throws(JSONSyntaxError) in
                    if index == 0 { _ = try reader.readInteger() } else {
                        try reader.readObject { (reader, _) throws(JSONSyntaxError) in _ = try reader.readBool() }
                    }
                }
            }
        }
        guard case .failure(let error) = result else { Issue.record("expected an error"); return }
        #expect(error.path == "a[1].b")
        #expect(error.expected == "true or false")
    }

    @Test("skipping nested values needs no recursion, however deep")
    func deepSkip() throws {
        let depth = 200_000
        let json = String(repeating: "[{\"k\":", count: depth) + "1" + String(repeating: "}]", count: depth)
        #expect(throws: Never.self) { try read(json) { (reader) throws(JSONSyntaxError) in try reader.skipValue() }.get() }
        let truncated = String(json.dropLast(3))
        #expect(throws: JSONSyntaxError.self) { try read(truncated) { (reader) throws(JSONSyntaxError) in try reader.skipValue() }.get() }
    }

    @Test("reading into memory stops at a fixed depth with an error")
    func deepValue() {
        let json = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let result = read(json) { (reader) throws(JSONSyntaxError) in try JSONValue.read(from: &reader) }
        guard case .failure(let error) = result else { Issue.record("expected an error"); return }
        #expect(error.expected.contains("256"))
    }

    @Test("raw control characters inside strings are refused, as JSON requires")
    func controls() {
        #expect(throws: JSONSyntaxError.self) { try read("\"a\u{1B}b\"") { (reader) throws(JSONSyntaxError) in try reader.readString() }.get() }
    }

    @Test("a quote, backslash or control character is found at every position of an eight-byte step")
    func wordAtATime() throws {
        for offset in 0..<20 {
            let padding = String(repeating: "中", count: offset / 3) + String(repeating: "a", count: offset % 3)
            let text = try read("\"" + padding + #"\"x\\"# + "\"") { (reader) throws(JSONSyntaxError) in try reader.readString() }.get()
            #expect(text == padding + "\"x\\")
            #expect(throws: JSONSyntaxError.self) {
                try read("\"" + padding + "\u{1}\"") { (reader) throws(JSONSyntaxError) in try reader.readString() }.get()
            }
        }
    }
}
