import Foundation
import FuzzDriver
import Reader
import ThreadModel

// The TOML loaders of layers, themes and config.toml on any text: an error naming the file is
// fine, a crash is not. Layers and config are read from a file, as tread reads them.

private let path = FileManager.default.temporaryDirectory.appendingPathComponent("tread-fuzz-\(getpid()).toml").path

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = bytes(data, size)
    _ = FileManager.default.createFile(atPath: path, contents: Data(input))
    _ = try? LayerSet.load(contentsOf: path)
    _ = try? Configuration.load(contentsOf: path)
    let text = String(decoding: input, as: UTF8.self)
    do {
        _ = try TOMLDocument.table(parsing: text, source: path)
    } catch {
        // An error must point inside the text.
        let lines = text.utf8.count { $0 == UInt8(ascii: "\n") } + 1
        if let line = error.line, !(1...lines).contains(line) { fatalError("\(error) names a line outside 1...\(lines)") }
    }
    _ = try? Theme.parse(text, name: "fuzz", source: path) { _ in throw SettingsError(source: path, problem: "no parent") }
    return 0
}

@_cdecl("FuzzSettings_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    fuzz(argc, argv, testOneInput)
}
