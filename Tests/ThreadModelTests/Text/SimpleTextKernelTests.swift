import CTextKernels
import Testing
@testable import ThreadModel

/// Both column-counting kernels against cluster-by-cluster measuring of what they took.
@Suite("Simple-text kernels")
struct SimpleTextKernelTests {
    /// The kernel width uses (SSE2 here), and the plain loop that stands in without SSE2.
    enum Kernel: CaseIterable, Sendable {
        case standard, portable

        func columns(_ bytes: UnsafePointer<UInt8>, _ count: Int, from start: Int, end: inout Int) -> Int {
            switch self {
            case .standard: tread_simple_text_columns(bytes, count, start, 1, &end)
            case .portable: tread_simple_text_columns_portable(bytes, count, start, &end)
            }
        }
    }

    /// Columns of `bytes[start..<end]` taken alone, cluster by cluster.
    private static func scannedColumns(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var scanner = ClusterScanner(bytes: UnsafeBufferPointer(rebasing: bytes[..<end]), ambiguousWidth: .narrow,
                                     startingAt: start)
        var total = 0
        while let cluster = scanner.next() { total += cluster.width }
        return total
    }

    private static func check(_ bytes: [UInt8], with kernel: Kernel) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            var start = 0
            while start < buffer.count {
                var end = 0
                let columns = kernel.columns(base, buffer.count, from: start, end: &end)
                guard end >= start, end <= buffer.count, columns == scannedColumns(buffer, start, end) else {
                    return false
                }
                start = end + 1
            }
            return true
        }
    }

    @Test("whatever a kernel takes of mixed text, it counts as the scanner does", arguments: Kernel.allCases)
    func mixedText(kernel: Kernel) {
        var generator = MixedTextGenerator(seed: 4242)
        for _ in 0..<500 {
            let text = generator.prose(runCount: 30) + generator.text(tokenCount: 30)
            #expect(Self.check(Array(text.utf8), with: kernel), "\(text.debugDescription)")
        }
    }

    @Test("whatever a kernel takes of arbitrary bytes, it counts as the scanner does", arguments: Kernel.allCases)
    func arbitraryBytes(kernel: Kernel) {
        let alphabet: [UInt8] = [0x61, 0x20, 0xE4, 0xE5, 0xE9, 0xB8, 0x80, 0xBF, 0xE3, 0x82, 0xA9, 0xAA,
                                 0xEF, 0xBC, 0xBD, 0x81, 0x9F, 0xA0, 0xE2, 0x94, 0x9C, 0xA6, 0xCC, 0x0A]
        var random = RandomBytes(alphabet: alphabet, seed: 99)
        for _ in 0..<3000 {
            let bytes = random.next(shorterThan: 80)
            #expect(Self.check(bytes, with: kernel), "\(bytes.map { String($0, radix: 16) })")
        }
    }
}
