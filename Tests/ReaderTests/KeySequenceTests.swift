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

    @Test("a keymap rebinds commands by name; a key taken from another command leaves it; bad names are named")
    func rebinding() throws {
        let keymap = try Keymap.standard.rebinding([("nextReply", ["n", "<C-n>"]), ("quit", ["Q"])])
        #expect(keymap.command(for: .character("n")) == .nextReply && keymap.command(for: .control("n")) == .nextReply)
        #expect(keymap.command(for: .character("j")) == nil && keymap.command(for: .character("q")) == nil)
        #expect(keymap.keys(for: .nextMatch).isEmpty && keymap.command(for: .character("Q")) == .quit)
        #expect(throws: Keymap.BindingError.self) { try Keymap.standard.rebinding([("jump", ["j"])]) }
        #expect(throws: Keymap.BindingError.self) { try Keymap.standard.rebinding([("quit", ["ab"])]) }
        for key: Key in [.character("j"), .control("d"), .down, .enter, .escape, .tab, .character("\\"), .pageDown] {
            #expect(try KeySequence.keys(KeySequence.notation(of: key)) == [key])
        }
    }
}
