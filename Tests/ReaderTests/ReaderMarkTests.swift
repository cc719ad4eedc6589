import Reader
import Testing
import ThreadModel

@Suite("Marks and exports in the reader")
struct ReaderMarkTests {
    private func reader(_ keys: String) throws -> ReaderState {
        try ReaderFixtures.reader(width: 60, height: 16, keys: keys)
    }

    private func ids(_ names: String...) -> Set<ReplyID> {
        Set(names.map(ReplyID.init))
    }

    @Test("m marks and unmarks the selected reply, shows it, and asks for each change to be saved")
    func toggle() throws {
        var reader = try reader("jmjjm")
        #expect(reader.marks == [0, 2])
        #expect(reader.takeRequests() == [.saveMarks(marking: ids("a"), unmarking: []), .saveMarks(marking: ids("c"), unmarking: [])])
        let lines = reader.render().lines
        #expect(lines.contains { $0.contains("✓ 甲 [精]") } && lines.contains { $0.contains("✓ 楼主 [楼主]") })
        #expect(lines.last?.contains("✓ 2 marked") == true)
        reader.handle(.character("m"))
        #expect(reader.marks == [0] && reader.takeRequests() == [.saveMarks(marking: [], unmarking: ids("c"))])
        #expect(try self.reader("m").message == "only replies can be marked")
    }

    @Test("M marks what the filter matches, not its context; ' and \" move between marks; is:marked filters")
    func matchesAndJumps() throws {
        var reader = try reader("2M")
        #expect(reader.marks == [2])
        for key in try KeySequence.keys(#"0jjjjm'"#) { reader.handle(key) }
        #expect(reader.marks == [2, 3] && reader.selected == 2 && reader.message == "marks wrapped")
        reader.handle(.character("\""))
        #expect(reader.selected == 3)
        for key in try KeySequence.keys(#"fis:marked\n"#) { reader.handle(key) }
        #expect(reader.filter?.matchCount == 2)
        // Unmarking changes what is:marked shows at once.
        #expect(reader.selected == 3)
        reader.handle(.character("m"))
        #expect(reader.marks == [2] && reader.filter?.matchCount == 1)
        #expect(try self.reader("M").message == "M marks what a filter shows; no filter is on")
    }

    @Test("u asks before clearing; anything but y keeps the marks")
    func clear() throws {
        var reader = try reader("jmjm")
        _ = reader.takeRequests()
        reader.handle(.character("u"))
        #expect(reader.render().lines.last == "clear 2 marks? (y/n)")
        reader.handle(.character("n"))
        #expect(reader.marks.count == 2 && reader.message == "cancelled")
        reader.handle(.character("u"))
        reader.handle(.character("y"))
        #expect(reader.marks.isEmpty && reader.takeRequests() == [.saveMarks(marking: [], unmarking: ids("a", "b"))])
    }

    @Test("marks saved by another reader of the thread show up")
    func savedElsewhere() throws {
        var reader = try reader("")
        reader.showSavedMarks(ids("b", "d", "gone"))
        #expect(reader.marks == [1, 3])
    }

    @Test("e: a form choosing replies, format, context and path; Enter asks for the export, Esc cancels")
    func exportForm() throws {
        var reader = try reader("jmjjjme")
        _ = reader.takeRequests()
        let form = reader.render().lines.joined(separator: "\n")
        #expect(form.contains("▸ replies  < marked (2) >") && form.contains("format   < md >") && form.contains("path     测试.md"))
        reader.handle(.right)
        #expect(reader.render().lines.joined().contains("< shown by the filter (4) >"))
        reader.handle(.left)
        // Format: md → json, and the path follows; context on; then write.
        for key in try KeySequence.keys("<Down><Right><Down> <Down>") { reader.handle(key) }
        #expect(reader.exportDialog?.path.text == "测试.json" && reader.exportDialog?.context == true)
        for key in try KeySequence.keys("<C-u>out.json\n") { reader.handle(key) }
        let requests = reader.takeRequests()
        #expect(requests == [.export(ExportRequest(chosen: [true, false, false, true], context: true, format: .json, path: "out.json", replacing: false))])
        guard case .export(let request) = requests.first else { return }
        reader.askToReplace(request)
        #expect(reader.render().lines.last == "out.json exists; replace it? (y/n)")
        reader.handle(.character("y"))
        #expect(reader.takeRequests().first == .export(ExportRequest(chosen: request.chosen, context: true, format: .json, path: "out.json", replacing: true)))
        var cancelled = try self.reader("e\\e")
        #expect(cancelled.exportDialog == nil && cancelled.takeRequests().isEmpty)
    }

    @Test("y asks for the selected reply's text on the clipboard")
    func copy() throws {
        var reader = try reader("jy")
        #expect(reader.takeRequests() == [.copy("算力更重要,GPU 不够用。")])
    }
}
