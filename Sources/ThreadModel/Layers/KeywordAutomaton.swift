/// Builds the tables of a ``KeywordMatcher``: a trie of the keywords' bytes, then failure links
/// found breadth first, folded into a full transition table.
struct KeywordAutomaton {
    /// Children in the trie, -1 for none; 256 per state.
    private var transitions = [Int32](repeating: -1, count: 256)
    /// Keywords that end exactly at each state.
    private var ownEndings: [[Int32]] = [[]]

    /// Adds the folded bytes of keyword number `keyword`.
    mutating func insert(_ bytes: [UInt8], keyword: Int) {
        var state = 0
        for byte in bytes {
            let slot = state << 8 | Int(byte)
            if transitions[slot] < 0 {
                transitions[slot] = Int32(ownEndings.count)
                transitions += repeatElement(-1, count: 256)
                ownEndings.append([])
            }
            state = Int(transitions[slot])
        }
        ownEndings[state].append(Int32(keyword))
    }

    /// The full transition table (a transition into a state where keywords end stored as its
    /// complement) and, for each state, every keyword ending there (its own and those of its
    /// failure chain) as ranges of one array.
    func build() -> (transitions: [Int32], endingStarts: [Int32], endings: [Int32]) {
        var table = transitions
        var failure = [Int](repeating: 0, count: ownEndings.count)
        var allEndings = ownEndings
        var queue: [Int] = []
        for byte in 0..<256 {
            let child = Int(table[byte])
            if child < 0 { table[byte] = 0 } else { queue.append(child) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            allEndings[state] += allEndings[failure[state]]
            for byte in 0..<256 {
                let child = Int(table[state << 8 | byte])
                let fallback = table[failure[state] << 8 | byte]
                if child < 0 {
                    table[state << 8 | byte] = fallback
                } else {
                    failure[child] = Int(fallback)
                    queue.append(child)
                }
            }
        }
        var starts: [Int32] = [0]
        var endings: [Int32] = []
        for list in allEndings {
            endings += list
            starts.append(Int32(endings.count))
        }
        // Transitions into a state where keywords end are stored as ~state, so a scan finds
        // them with one sign test.
        for slot in table.indices where !allEndings[Int(table[slot])].isEmpty { table[slot] = ~table[slot] }
        return (table, starts, endings)
    }
}
