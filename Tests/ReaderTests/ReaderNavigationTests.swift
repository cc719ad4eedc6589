import Reader
import Testing

@Suite("Moving through the tree")
struct ReaderNavigationTests {
    private func selected(after keys: String) throws -> Int {
        try ReaderFixtures.reader(width: 52, height: 16, keys: keys).selected
    }

    @Test("j/k and arrows step through visible items, the post first", arguments: [
        ("", -1), ("j", 0), ("jj", 1), ("<Down><Down><Down><Down>", 3), ("jjjjjj", 3), ("jk", -1), ("k", -1),
    ])
    func steps(keys: String, expected: Int) throws {
        #expect(try selected(after: keys) == expected)
    }

    @Test("siblings, parents, top-level replies, first and last", arguments: [
        ("jJ", 3), ("jJK", 0), ("jjjp", 1), ("jjjpp", 0), ("jp", -1), ("]", 0), ("]]", 3), ("jjj[", 0), ("G", 3), ("Gg", -1),
    ])
    func jumps(keys: String, expected: Int) throws {
        #expect(try selected(after: keys) == expected)
    }

    @Test("h folds, then goes to the parent; l unfolds; Z folds every top-level reply")
    func folds() throws {
        #expect(try selected(after: "jjhh") == 0)
        #expect(try ReaderFixtures.reader(width: 52, height: 16, keys: "jh").render().lines[4].contains("hidden"))
        #expect(try !ReaderFixtures.reader(width: 52, height: 16, keys: "jhl").render().lines[4].contains("hidden"))
        #expect(try selected(after: "jjjZ") == 0)
        #expect(try !ReaderFixtures.reader(width: 52, height: 16, keys: "ZZ").render().lines.joined().contains("hidden"))
    }

    @Test("half and full pages move by screen rows")
    func pages() throws {
        #expect(try selected(after: "<C-d>") > -1)
        #expect(try selected(after: "<PgDn><PgDn><PgDn>") == 3)
        #expect(try selected(after: "G<PgUp><PgUp><PgUp>") == -1)
    }

    @Test("the wheel moves three replies; a click selects the item drawn there; a click on its branch folds it")
    func mouse() throws {
        var reader = try ReaderFixtures.reader(width: 52, height: 16)
        reader.handle(.wheelDown)
        #expect(reader.selected == 2)
        reader.handle(.wheelUp)
        #expect(reader.selected == -1)
        let lines = reader.render().lines
        let header = try #require(lines.firstIndex { $0.hasPrefix("├─ 甲") })
        reader.handle(.click(row: header + 1, column: 10))
        #expect(reader.selected == 0 && !reader.render().lines[header].contains("hidden"))
        reader.handle(.click(row: header, column: 1))
        #expect(reader.render().lines[header].contains("▸ 2 replies hidden"))
        reader.handle(.click(row: 0, column: 1))
        reader.handle(.click(row: 15, column: 1))
        #expect(reader.selected == 0)
    }

    @Test("q and Ctrl-C finish; unknown keys say so in the status bar")
    func quitAndUnknown() throws {
        #expect(try ReaderFixtures.reader(keys: "q").isFinished)
        #expect(try ReaderFixtures.reader(keys: "<C-c>").isFinished)
        #expect(try ReaderFixtures.reader(keys: "x").message?.contains("? shows the keys") == true)
    }
}
