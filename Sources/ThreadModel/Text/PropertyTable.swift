/// The generated tables' base addresses, read once so hot loops pay no lazy-global check per scalar.
// The tables are written once, before first use, and only read after: safe to share.
struct PropertyTable: @unchecked Sendable {
    private let stage1: UnsafePointer<UInt8>
    private let stage2: UnsafePointer<UInt8>
    private let records: UnsafePointer<UInt32>

    /// The tables of ``UnicodeTables``.
    static let shared = PropertyTable()

    private init() {
        stage1 = UnicodeTables.stage1
        stage2 = UnicodeTables.stage2
        records = UnicodeTables.records
    }

    /// The properties of the code point `scalar`; values past U+10FFFF read as U+10FFFF.
    @inline(__always)
    func properties(of scalar: UInt32) -> ScalarProperties {
        let codePoint = scalar < 0x11_0000 ? Int(scalar) : 0x10_FFFF
        let block = Int(stage1[codePoint &>> 8])
        return ScalarProperties(rawValue: records[Int(stage2[block &<< 8 | (codePoint & 0xFF)])])
    }
}
