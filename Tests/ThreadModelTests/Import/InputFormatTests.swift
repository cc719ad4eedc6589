import Foundation
import Testing
@testable import ThreadModel

@Suite("Telling formats apart by content")
struct InputFormatTests {
    @Test("each fixture is recognised")
    func detection() {
        #expect(InputFormat.detect(in: Fixtures.native) == .tread)
        #expect(InputFormat.detect(in: Fixtures.xueqiuComments) == .xueqiuJSON)
        #expect(InputFormat.detect(in: Fixtures.xueqiuStatus) == .xueqiuJSON)
        #expect(InputFormat.detect(in: Fixtures.page) == .xueqiuPage)
        #expect(InputFormat.detect(in: "\u{FEFF}\n" + Fixtures.native) == .tread)
    }

    @Test("tread-thread/1 with its format key after the replies, past the head, is recognised; a reply quoting the key is not")
    func formatKeyLast() {
        let replies = (1...400).map { #"{"id": \#($0), "text": "第 \#($0) 条回复"}"# }.joined(separator: ", ")
        let late = #"{"post": {"text": "p"}, "replies": ["# + replies + #"], "format" : "tread-thread/1"}"#
        #expect(late.utf8.count > 8192)
        #expect(InputFormat.detect(in: late) == .tread)
        #expect(InputFormat.detect(in: late.replacingOccurrences(of: "tread-thread/1", with: #"tread-thread\/1"#)) == .tread)
        let quoted = #"{"post": {"text": "p"}, "replies": ["# + replies + #", {"id": 0, "text": "\"format\": \"tread-thread/1\""}]}"#
        #expect(InputFormat.detect(in: quoted) == nil)
    }

    @Test("text in no known shape, and empty input, are clear errors", arguments: ["just some words\nand more", "{\"a\": 1}", "   \n\n"])
    func unknown(text: String) throws {
        let error = try #require(ImportTesting.error(text, name: "x.txt"))
        #expect(error.description.hasPrefix("x.txt: "))
        #expect(error.description.contains("expected"))
    }

    @Test("--from overrides detection")
    func override() throws {
        let error = try #require(ImportTesting.error(Fixtures.page, format: .tread))
        #expect(error.description.contains("expected a tread-thread/1 object"))
    }
}
