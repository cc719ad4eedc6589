import Reader
import Testing

@Suite("The --keys notation")
struct KeySequenceTests {
    @Test("characters, escapes and named keys")
    func notation() throws {
        #expect(try KeySequence.keys(#"jz/算力\n<Down><C-d>\e<x"#) == [
            .character("j"), .character("z"), .character("/"), .character("算"), .character("力"), .enter,
            .down, .control("d"), .escape, .character("<"), .character("x"),
        ])
        #expect(throws: KeySequence.ParseError.self) { try KeySequence.keys(#"\q"#) }
    }
}
