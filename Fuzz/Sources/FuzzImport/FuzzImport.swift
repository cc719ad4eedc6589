import FuzzDriver
import ThreadModel

// Every importer, detected and forced, on any bytes: an error is fine, a crash or hang is not.

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = ImportInput(name: "fuzz", bytes: bytes(data, size))
    _ = input.check()
    for format in [nil] + InputFormat.allCases.map(Optional.some) {
        if let thread = try? ThreadImporter.importThread(from: [input], format: format) {
            _ = NativeThreadWriter.data(for: thread)
        }
    }
    return 0
}

@_cdecl("FuzzImport_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    fuzz(argc, argv, testOneInput)
}
