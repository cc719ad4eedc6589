import Foundation
import Reader
import Testing
import ThreadModel
import TreadThemes

@Suite("Themes")
struct ThemeTests {
    private let bundled = ThemeCatalog(folders: [BundledThemes.folder ?? URL(fileURLWithPath: "/missing")])
    private let allRoles: [StyleRole] = [
        .text, .dim, .author, .originalPosterAuthor, .time, .likes, .replies, .featured, .guide(depth: 1), .layer(0),
        .layerKeyword(0), .emoticon, .mention, .stock, .hashtag, .link, .mark, .searchMatch, .header, .statusBar, .prompt, .error, .help,
    ]

    @Test("the six bundled themes are installed and each reads", arguments: ["default", "light", "dark", "xueqiu", "high-contrast", "mono"])
    func bundledThemeReads(name: String) throws {
        #expect(bundled.names.contains(name))
        let theme = try bundled.theme(name)
        #expect(theme.name == name)
        // Every role has a style of its own or inherited: a theme file that leaves one out would
        // read as an empty table here, so check the default defines them all.
        let palette = Palette(theme: theme, depth: .direct, layerNames: LayerSet.standard.layers.map(\.name))
        for role in allRoles { _ = palette.style(of: role) }
    }

    @Test("the default theme defines every role, and every other theme inherits it or defines them too")
    func everyRoleDefined() throws {
        for name in bundled.names {
            let text = try String(contentsOf: try #require(BundledThemes.folder).appendingPathComponent(name + ".toml"), encoding: .utf8)
            let tables = Set(text.split(separator: "\n").filter { $0.hasPrefix("[") }.map { String($0.dropFirst().dropLast()) })
            let inherits = text.contains("inherits = \"default\"")
            #expect(inherits || tables.isSuperset(of: Theme.roleNames + ["guides", "layers"]), "\(name)")
        }
    }

    @Test("colours map down exactly: #rrggbb to the nearest of 256 and of 16; indices to 16; none without colour", arguments: [
        ("#ff0000", ColorDepth.direct, TerminalColor.rgb(red: 255, green: 0, blue: 0)),
        ("#ff0000", .indexed256, .index(196)), ("#ff0000", .indexed16, .index(9)),
        ("#1d2021", .indexed256, .index(234)), ("#87afd7", .indexed256, .index(110)),
        ("#808080", .indexed16, .index(8)), ("#e5e5e5", .indexed16, .index(7)),
    ])
    func mapping(text: String, depth: ColorDepth, expected: TerminalColor) throws {
        let theme = try Theme.parse("[text]\nfg = \"\(text)\"\n", name: "t", source: "t.toml") { _ in throw SettingsError(source: "", problem: "") }
        #expect(Palette(theme: theme, depth: depth, layerNames: []).style(of: .text).foreground == expected)
        #expect(Palette(theme: theme, depth: .none, layerNames: []).style(of: .text).foreground == nil)
    }

    @Test("palette indices keep to 256; past 15 they map to the nearest of 16", arguments: [
        (196, ColorDepth.indexed256, TerminalColor.index(196)), (196, .indexed16, .index(9)), (4, .indexed16, .index(4)),
        (4, .direct, .index(4)), (21, .direct, .rgb(red: 0, green: 0, blue: 255)),
    ])
    func indexMapping(index: Int, depth: ColorDepth, expected: TerminalColor) throws {
        let theme = try Theme.parse("[text]\nfg = \(index)\n", name: "t", source: "t.toml") { _ in throw SettingsError(source: "", problem: "") }
        #expect(Palette(theme: theme, depth: depth, layerNames: []).style(of: .text).foreground == expected)
    }

    @Test("a theme inherits another and overrides a few roles; layers by name, else the fallback list")
    func inheritance() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tread-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("inherits = \"default\"\n[author]\nfg = \"#112233\"\n[layers]\nrobots = 5\n".utf8).write(to: folder.appendingPathComponent("mine.toml"))
        let catalog = ThemeCatalog(folders: [folder] + bundled.folders)
        let palette = Palette(theme: try catalog.theme("mine"), depth: .direct, layerNames: ["compute", "robots", "x", "y", "z", "w", "v"])
        #expect(palette.style(of: .author) == CellStyle(foreground: .rgb(red: 17, green: 34, blue: 51), bold: true))
        #expect(palette.style(of: .likes).foreground == .index(1))
        #expect(palette.style(of: .layer(0)) == CellStyle(foreground: .index(1), bold: true))
        #expect(palette.style(of: .layer(1)).foreground == .index(5))
        #expect(palette.style(of: .layerKeyword(6)) == CellStyle(foreground: .index(1), underline: true))
        #expect(catalog.names.first == "default" && catalog.names.contains("mine"))
    }

    @Test("a bad theme names the file, the key and the problem", arguments: [
        ("[autor]\nfg = 1\n", "t.toml: unknown role 'autor'"),
        ("[author]\nfg = \"pink\"\n", "t.toml: 'author.fg': 'pink' is not a colour"),
        ("[author]\nfg = 300\n", "t.toml: 'author.fg': colour 300 is not 0–255"),
        ("[author]\ncolour = 1\n", "t.toml: unknown key 'author.colour'"),
        ("[author]\nbold = \"yes\"\n", "t.toml: 'author.bold' must be true or false"),
        ("[guides]\ncolors = [\"#12345\"]\n", "t.toml: 'guides.colors[0]': '#12345' is not a colour"),
        ("[author\n", "t.toml:1: not valid TOML"),
        ("inherits = \"t\"\n", "t.toml: 'inherits' names the theme itself"),
    ])
    func badTheme(text: String, expected: String) {
        do {
            _ = try Theme.parse(text, name: "t", source: "t.toml") { _ in throw SettingsError(source: "x", problem: "missing") }
            Issue.record("no error for \(text)")
        } catch {
            #expect("\(error)".hasPrefix(expected), "\(error)")
        }
    }
}
