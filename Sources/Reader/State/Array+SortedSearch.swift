extension Array where Element == Int {
    /// The index of the first element not less than `value`, in an array sorted ascending
    /// (`count` when every element is less).
    ///
    /// - Complexity: O(log n).
    func lowerBound(of value: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether a sorted array holds `value`.
    func sortedContains(_ value: Int) -> Bool {
        let index = lowerBound(of: value)
        return index < count && self[index] == value
    }
}
