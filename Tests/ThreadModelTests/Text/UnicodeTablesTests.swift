import Testing
@testable import ThreadModel

/// The facts about the generated tables that the fast paths rely on.
@Suite("Unicode tables")
struct UnicodeTablesTests {
    @Test("every ideograph the fast paths take whole (U+4000–U+9FFF) is wide and plain")
    func ideographsArePlainAndWide() {
        for value in UInt32(0x4000)...0x9FFF {
            let properties = ScalarProperties(of: value)
            #expect(properties.isPlain && properties.widthClass == 2, "U+\(String(value, radix: 16))")
        }
    }

    @Test("the punctuation the SIMD scan counts is what it assumes: wide, or ambiguous, and plain")
    func punctuationCountedInBlocks() {
        for value in Array(UInt32(0x3000)...0x3029) + Array(UInt32(0xFF01)...0xFF5F) {
            let properties = ScalarProperties(of: value)
            #expect(properties.isPlain && properties.widthClass == 2, "U+\(String(value, radix: 16))")
        }
        for value: UInt32 in [0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026] {
            let properties = ScalarProperties(of: value)
            #expect(properties.isPlain && properties.widthClass == 3, "U+\(String(value, radix: 16))")
        }
    }

    @Test("U+4E00–U+9FFF, taken whole by the wrapper, break like ideographs")
    func unifiedIdeographsAreClassID() {
        for value in UInt32(0x4E00)...0x9FFF {
            #expect(ScalarProperties(of: value).lineBreakClass == .ideographic)
        }
    }

    @Test("printable ASCII is plain and narrow")
    func printableASCII() {
        for value in UInt32(0x20)..<0x7F {
            let properties = ScalarProperties(of: value)
            #expect(properties.isPlain && properties.widthClass == 1)
        }
    }

    @Test("every record holds valid class values")
    func recordsAreValid() {
        for value in stride(from: UInt32(0), through: 0x10_FFFF, by: 1) {
            let raw = ScalarProperties(of: value).rawValue
            #expect((raw >> 2) & 0xF <= UInt32(GraphemeBreakClass.hangulLVT.rawValue))
            #expect((raw >> 8) & 0x3F < UInt32(LineBreakClass.allCases.count))
        }
    }

    @Test("Chinese tailoring: quotes open and close, 。，、 close, ：； never start a line")
    func chineseTailoring() {
        #expect(ScalarProperties(of: 0x201C).lineBreakClass == .openPunctuation)
        #expect(ScalarProperties(of: 0x201D).lineBreakClass == .closePunctuation)
        #expect(ScalarProperties(of: 0x3002).lineBreakClass == .closePunctuation)
        #expect(ScalarProperties(of: 0xFF0C).lineBreakClass == .closePunctuation)
        #expect(ScalarProperties(of: 0xFF1B).lineBreakClass == .nonStarter)
    }
}
