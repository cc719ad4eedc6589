/// Reproducible byte strings drawn from a small alphabet, valid UTF-8 or not.
struct RandomBytes {
    private let alphabet: [UInt8]
    private var state: UInt64

    /// Strings of bytes from `alphabet`, the same for the same `seed`.
    init(alphabet: [UInt8], seed: UInt64) {
        self.alphabet = alphabet
        state = seed
    }

    /// A linear congruential step: enough to mix bytes, the same everywhere.
    private mutating func step() {
        state = state &* 6364136223846793005 &+ 1442695040888963407
    }

    /// The next string, shorter than `limit` bytes.
    mutating func next(shorterThan limit: UInt64) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int(state % limit) {
            step()
            bytes.append(alphabet[Int(state >> 33) % alphabet.count])
        }
        step()
        return bytes
    }
}
