import FuzzDriver
import ThreadModel

// The filter query parser on any text, and a parsed query run over a small thread.

nonisolated(unsafe) private let thread = ThreadGenerator(replyCount: 40, seed: 3).thread()
nonisolated(unsafe) private let classification = LayerClassification(thread: thread, layers: .standard)
nonisolated(unsafe) private let index = SearchIndex()

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    if let query = try? FilterQuery.parse(text, layers: .standard) {
        _ = query.matches(in: thread, classification: classification, index: index, marks: [1, 2])
    }
    return 0
}

@_cdecl("FuzzQuery_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    fuzz(argc, argv, testOneInput)
}
