import Foundation
import Testing
@testable import ThreadModel

@Suite("docs/tread-thread-1.schema.json describes what tread writes")
struct FormatSchemaTests {
    private static let schema = ExternalTool.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/tread-thread-1.schema.json").path

    @Test("every fixture, exported, is valid; a document breaking the rules is not")
    func exportsValidate() throws {
        var documents = try [Fixtures.native, Fixtures.xueqiuComments, Fixtures.page].map {
            String(decoding: NativeThreadWriter.data(for: try ImportTesting.thread($0)), as: UTF8.self)
        }
        documents.append(#"{"format": "tread-thread/1", "replies": [{"id": "a", "time": "2024-13-45", "text": "x"}]}"#)
        documents.append(#"{"format": "tread-thread/1", "replies": [{"id": "a", "likes": 1.5, "text": "x"}]}"#)
        let files = try documents.map { try write($0) }
        defer { files.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let lines = try ExternalTool.python("validate_schema.py", [Self.schema] + files).split(separator: "\n")
        #expect(lines.prefix(3).allSatisfy { $0 == "OK" })
        #expect(lines.suffix(2).allSatisfy { $0.hasPrefix("INVALID") })
    }

    private func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tread-schema-\(UUID().uuidString).json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
