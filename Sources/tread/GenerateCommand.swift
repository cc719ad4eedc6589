import ArgumentParser
import Foundation
import ThreadModel

/// `tread generate`: writes a made-up thread of any size, for trying tread out and for benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a generated thread (tread's own word lists) of any size.",
        discussion: "The same seed gives the same thread on every machine."
    )

    /// The shapes a generated thread can be written in.
    enum Shape: String, ExpressibleByArgument, CaseIterable {
        case json
        case page
    }

    @Option(name: .long, help: "How many replies.")
    var replies: Int = 1000

    @Option(name: .long, help: "The random seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "json (tread-thread/1, nested like real threads) or page (Xueqiu page text).")
    var shape: Shape = .json

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        guard (0...10_000_000).contains(replies) else { throw ValidationError("--replies must be between 0 and 10000000") }
    }

    func run() throws {
        let thread = ThreadGenerator(replyCount: replies, seed: seed).thread()
        switch shape {
        case .json: try destination.write(NativeThreadWriter.data(for: thread))
        case .page: try destination.write(Array(XueqiuPageWriter.text(for: thread).utf8))
        }
    }
}
