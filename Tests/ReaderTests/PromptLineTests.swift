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

@Suite("Prompt history")
struct PromptHistoryTests {
    @Test("↑ walks to older lines, ↓ back to the line being typed")
    func walking() {
        var history = PromptHistory()
        for line in ["算力", "GPU", "GPU", "", "应用"] { history.record(line) }
        #expect(history.entries == ["算力", "GPU", "应用"])
        #expect(history.older(than: "英") == "应用")
        #expect(history.older(than: "ignored") == "GPU")
        #expect(history.older(than: "ignored") == "算力")
        #expect(history.older(than: "ignored") == nil)
        #expect(history.newer() == "GPU")
        #expect(history.newer() == "应用")
        #expect(history.newer() == "英")
        #expect(history.newer() == nil)
    }

    @Test("recording starts a fresh walk")
    func recordingResets() {
        var history = PromptHistory()
        history.record("a")
        history.record("b")
        _ = history.older(than: "")
        _ = history.older(than: "")
        history.record("c")
        #expect(history.older(than: "") == "c")
        var empty = PromptHistory()
        #expect(empty.newer() == nil && empty.older(than: "x") == nil)
    }
}
