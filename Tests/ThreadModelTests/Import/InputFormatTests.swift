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
