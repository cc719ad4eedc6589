import Testing
import ThreadModel
@testable import Reader

@Suite("The cache of laid-out rows")
struct RowCacheTests {
    private let key = RowCache.Key(width: 80, sorting: .thread, layout: TextLayout(), filterGeneration: 0, marksGeneration: 0,
                                   emoticonsAsEmoji: false, previewLines: nil, asciiGuides: false)

    /// Whether asking for `position` laid it out again.
    private func laysOut(_ cache: RowCache, _ position: Int, for key: RowCache.Key? = nil, folded: Bool = false) -> Bool {
        var made = false
        _ = cache.rows(at: position, for: key ?? self.key, folded: folded) {
            made = true
            return []
        }
        return made
    }

    @Test("past its limit the oldest items go one at a time, and the recent stay")
    func evictsOldest() {
        let cache = RowCache()
        for position in 0..<4196 { #expect(laysOut(cache, position)) }
        #expect(cache.count == 4096)
        #expect(!laysOut(cache, 4195) && !laysOut(cache, 100))
        #expect(laysOut(cache, 99))
        #expect(cache.count == 4096)
    }

    @Test("a fold or a new key lays out again")
    func invalidates() {
        let cache = RowCache()
        #expect(laysOut(cache, 7) && !laysOut(cache, 7))
        #expect(laysOut(cache, 7, folded: true))
        var wider = key
        wider.width = 81
        #expect(laysOut(cache, 7, for: wider) && cache.count == 1)
    }

    @Test("search matches are found once per item and target, and again once the rows change")
    func searchMatches() {
        let cache = RowCache()
        var finds = 0
        let find: ([Row]) -> [[Range<Int>]] = { rows in
            finds += 1
            return rows.map { _ in [0..<2] }
        }
        _ = laysOut(cache, 3)
        #expect(cache.searchMatches(at: 3, target: [1], find: find) == [])
        #expect(cache.searchMatches(at: 3, target: [1], find: find) == [] && finds == 1)
        _ = cache.searchMatches(at: 3, target: [2], find: find)
        #expect(finds == 2)
        _ = laysOut(cache, 3, folded: true)
        _ = cache.searchMatches(at: 3, target: [2], find: find)
        #expect(finds == 3)
        #expect(cache.searchMatches(at: 4, target: [2], find: find) == [] && finds == 3)
    }
}
