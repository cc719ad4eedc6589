import FuzzDriver
import ThreadModel

// The layout core on any text: width, wrapping (to a width taken from the input), truncation
// and sanitising must hold their contracts, never crash.

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = bytes(data, size)
    let width = 1 + Int(input.first ?? 0) % 60
    let text = String(decoding: input.dropFirst(), as: UTF8.self)
    for layout in [TextLayout(ambiguousWidth: .narrow), TextLayout(ambiguousWidth: .wide)] {
        let shown = TextSanitizer(layout: layout).sanitize(text)
        _ = layout.width(of: shown)
        for line in layout.wrap(shown, toWidth: max(2, width)) {
            precondition(layout.width(of: line) <= max(2, width) || line.unicodeScalars.count == 1, "a wrapped line is too wide")
        }
        precondition(layout.width(of: layout.truncate(shown, toWidth: width)) <= width, "a truncated line is too wide")
        _ = layout.clusters(of: shown)
    }
    return 0
}

@_cdecl("FuzzLayout_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    fuzz(argc, argv, testOneInput)
}
