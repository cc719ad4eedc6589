import Reader
import Testing

@Suite("Prompt editing")
struct PromptLineTests {
    @Test("the shell's editing keys")
    func editing() {
        var line = PromptLine()
        for key: Key in [.character("a"), .character("b"), .character(" "), .character("算"), .character("力")] { _ = line.edit(key) }
        #expect(line.text == "ab 算力")
        _ = line.edit(.control("w"))
        #expect(line.text == "ab ")
        _ = line.edit(.left)
        _ = line.edit(.backspace)
        #expect(line.text == "a " && line.cursor == 1)
        _ = line.edit(.control("e"))
        _ = line.edit(.character("c"))
        _ = line.edit(.control("a"))
        _ = line.edit(.character(">"))
        #expect(line.text == ">a c")
        _ = line.edit(.control("e"))
        _ = line.edit(.control("u"))
        #expect(line.text.isEmpty)
        #expect(line.edit(.pageDown) == false)
    }
}
